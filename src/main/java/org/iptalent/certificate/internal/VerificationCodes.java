package org.iptalent.certificate.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes: 128 bits from {@link SecureRandom} in Crockford's base32 (digits and letters without I, L, O
 * and U, so nothing reads as something else), 26 characters. Nothing about a certificate goes into them, so a code
 * can be neither derived from a serial number nor guessed from another code, and 2^128 of them cannot be walked.
 */
public final class VerificationCodes {

    public static final int LENGTH = 26;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return encode(bits);
    }

    /** 128 bits as 26 characters of 5 bits each, the first carrying the top 3 bits (2 bits of padding). */
    static String encode(byte[] bits) {
        java.math.BigInteger value = new java.math.BigInteger(1, bits);
        char[] code = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            code[i] = ALPHABET.charAt(value.intValue() & 31);
            value = value.shiftRight(5);
        }
        return new String(code);
    }

    /**
     * A code as a person may have typed it, in the form codes are stored: upper case, with O read as 0 and I or L as
     * 1; null when it cannot be a code at all (which verification treats exactly like an unknown one).
     */
    public static String normalise(String typed) {
        if (typed == null || typed.length() != LENGTH) {
            return null;
        }
        String code = typed.toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1');
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return null;
            }
        }
        // 26 × 5 bits are 130: the first character carries only the top 3 of the 128
        return ALPHABET.indexOf(code.charAt(0)) < 8 ? code : null;
    }
}
