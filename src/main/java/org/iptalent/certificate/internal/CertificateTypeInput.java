package org.iptalent.certificate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.iptalent.shared.InvalidInputException.Problem;

/**
 * A certificate type as the national administrator enters it on its form (the code only when creating one); the
 * numbers as typed, so that a word where a number belongs is a problem of its field like any other.
 *
 * @param validityYears how many years a certificate is valid, 1 to 50; empty when it never expires
 * @param reminderDays  how many days before expiry the holder is reminded, 1 to 365 (only with a validity)
 */
public record CertificateTypeInput(String code, String nameZh, String nameEn, String validityYears,
        String reminderDays, String serialFormat) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    /** The validity in years, or null: read after {@link #problems} found none. */
    Integer validity() {
        return number(validityYears);
    }

    /** The reminder's days before expiry, or null for a type that never expires. */
    Integer reminder() {
        return validity() == null ? null : number(reminderDays);
    }

    /** Every problem of the input, each on its field. */
    List<Problem> problems(boolean creating) {
        List<Problem> problems = new ArrayList<>();
        if (creating) {
            if (code == null || code.isBlank()) {
                problems.add(new Problem("code", "field.required"));
            } else if (!CODE.matcher(code.strip()).matches()) {
                problems.add(new Problem("code", "certificate.type.code.format"));
            }
        }
        name(problems, "nameZh", nameZh);
        name(problems, "nameEn", nameEn);
        boolean expires = !blank(validityYears);
        if (expires && !inRange(validityYears, 1, 50)) {
            problems.add(new Problem("validityYears", "certificate.type.validityYears.range", List.of(1, 50)));
        }
        if (expires && blank(reminderDays)) {
            problems.add(new Problem("reminderDays", "certificate.type.reminderDays.required"));
        } else if (expires && !inRange(reminderDays, 1, 365)) {
            problems.add(new Problem("reminderDays", "certificate.type.reminderDays.range", List.of(1, 365)));
        }
        SerialFormat.problems(serialFormat == null ? null : serialFormat.strip())
                .forEach(key -> problems.add(new Problem("serialFormat", key,
                        key.equals("certificate.type.format.tooLong") ? List.of(SerialFormat.MAX_LENGTH) : List.of())));
        return problems;
    }

    private static void name(List<Problem> problems, String field, String value) {
        if (blank(value)) {
            problems.add(new Problem(field, "field.required"));
        } else if (value.strip().length() > 100) {
            problems.add(new Problem(field, "field.tooLong", List.of(100)));
        }
    }

    private static boolean inRange(String value, int min, int max) {
        Integer number = number(value);
        return number != null && number >= min && number <= max;
    }

    private static Integer number(String value) {
        return blank(value) || !NUMBER.matcher(value.strip()).matches() ? null : Integer.valueOf(value.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
