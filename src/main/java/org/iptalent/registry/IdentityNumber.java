package org.iptalent.registry;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident identity number (居民身份证号码, GB 11643-1999): six digits of region, eight of birth date,
 * three of sequence (odd for men), and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
public final class IdentityNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("\\d{17}[0-9X]");

    private IdentityNumber() {
    }

    /** Upper-cases a final x and trims; no other repair. */
    public static String normalise(String value) {
        return value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** Null when valid; otherwise the message key of what is wrong. */
    public static String problem(String value) {
        String id = normalise(value);
        if (id == null || id.isEmpty()) {
            return "talent.identity.required";
        }
        if (!FORMAT.matcher(id).matches()) {
            return "talent.identity.format";
        }
        if (checkCharacter(id) != id.charAt(17)) {
            return "talent.identity.checksum";
        }
        if (birthDate(id) == null) {
            return "talent.identity.birthDate";
        }
        return null;
    }

    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date the number carries, or null when it is no real date in the last 130 years. */
    public static LocalDate birthDate(String id) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            LocalDate today = LocalDate.now();
            return date.isAfter(today) || date.isBefore(today.minusYears(130)) ? null : date;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The gender the sequence digit encodes. */
    public static Gender gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }
}
