package org.iptalent.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.iptalent.organisation.CreditCode;
import org.iptalent.registry.IdentityNumber;

/** Valid identity numbers and credit codes no other test uses. */
public final class TestIdentities {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400));
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestIdentities() {
    }

    /** A valid number for someone born in 1980–2000; the sequence keeps numbers unique within a run. */
    public static String identity(String region, boolean male) {
        int n = SEQUENCE.incrementAndGet();
        int year = 1980 + n % 20;
        int month = 1 + (n / 20) % 12;
        int day = 1 + (n / 240) % 28;
        int seq = (n * 7919 + (int) (System.nanoTime() % 50)) % 500 * 2 + (male ? 1 : 0);
        String first17 = region + String.format("%04d%02d%02d%03d", year, month, day, seq % 1000);
        return first17 + IdentityNumber.checkCharacter(first17);
    }

    public static String creditCode() {
        StringBuilder code = new StringBuilder("91");
        java.util.Random random = new java.util.Random(System.nanoTime());
        while (code.length() < 17) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString() + CreditCode.checkCharacter(code.toString());
    }
}
