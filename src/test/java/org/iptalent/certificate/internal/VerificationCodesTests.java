package org.iptalent.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Verification codes: 26 characters of Crockford's base32 carrying 128 random bits. */
class VerificationCodesTests {

    @Test
    void aCodeIs26CharactersWithoutAmbiguousOnes() {
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCodes.next();
            assertThat(code).hasSize(26).matches("[0-7][0-9A-HJKMNP-TV-Z]{25}");
            assertThat(VerificationCodes.normalise(code)).isEqualTo(code);
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            codes.add(VerificationCodes.next());
        }
        assertThat(codes).hasSize(100_000);
    }

    @Test
    void every128BitValueHasItsOwnCode() {
        byte[] zero = new byte[16];
        byte[] ones = new byte[16];
        java.util.Arrays.fill(ones, (byte) 0xFF);
        assertThat(VerificationCodes.encode(zero)).isEqualTo("0".repeat(26));
        assertThat(VerificationCodes.encode(ones)).isEqualTo("7" + "Z".repeat(25));
        byte[] one = new byte[16];
        one[15] = 1;
        assertThat(VerificationCodes.encode(one)).isEqualTo("0".repeat(25) + "1");
    }

    @Test
    void aTypedCodeIsReadAsAPersonMeantIt() {
        String code = "0123456789ABCDEFGHJKMNPQRS";
        assertThat(VerificationCodes.normalise(code.toLowerCase())).isEqualTo(code);
        assertThat(VerificationCodes.normalise("O1234567890ABCDEFGHJKMNPQR")).isEqualTo("01234567890ABCDEFGHJKMNPQR");
        assertThat(VerificationCodes.normalise("0I23456789ABCDEFGHJKMNPQRS")).isEqualTo(code);
        assertThat(VerificationCodes.normalise("0L23456789ABCDEFGHJKMNPQRS")).isEqualTo(code);
    }

    @Test
    void whatCannotBeACodeIsNone() {
        assertThat(VerificationCodes.normalise(null)).isNull();
        assertThat(VerificationCodes.normalise("TRN-2026-000042")).isNull();
        assertThat(VerificationCodes.normalise("0123456789ABCDEFGHJKMNPQR")).isNull();
        assertThat(VerificationCodes.normalise("0123456789ABCDEFGHJKMNPQRSU")).isNull();
        assertThat(VerificationCodes.normalise("0123456789ABCDEFGHJKMNPQRU")).isNull();
        // more than 128 bits
        assertThat(VerificationCodes.normalise("8" + "0".repeat(25))).isNull();
        assertThat(VerificationCodes.normalise("0123456789ABCDEFGHJKMNPQ'%")).isNull();
    }
}
