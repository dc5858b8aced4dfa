package org.iptalent.organisation;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet (no I, O, Z, S, V), the last a check character computed modulo 31.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static String normalise(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** Null when valid; otherwise the message key of what is wrong. */
    public static String problem(String value) {
        String code = normalise(value);
        if (code == null) {
            return "organisation.creditCode.required";
        }
        if (code.length() != 18 || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return "organisation.creditCode.format";
        }
        if (checkCharacter(code) != code.charAt(17)) {
            return "organisation.creditCode.checksum";
        }
        return null;
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
