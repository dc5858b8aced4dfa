package org.iptalent.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTests {

    /** RFC 6238 appendix B's SHA-1 secret, "12345678901234567890". */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectors() {
        // the RFC lists 8 digits; authenticator apps show the last 6
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfClockDriftAndNoMore() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String secret = Totp.newSecret();
        assertThat(Totp.verify(secret, Totp.code(secret, now), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(30)), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, now.plusSeconds(30)), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(90)), now)).isFalse();
    }

    @Test
    void refusesMalformedCodes() {
        String secret = Totp.newSecret();
        Instant now = Instant.now();
        assertThat(Totp.verify(secret, null, now)).isFalse();
        assertThat(Totp.verify(secret, "12345", now)).isFalse();
        assertThat(Totp.verify(secret, "abcdef", now)).isFalse();
    }

    @Test
    void base32RoundTrips() {
        byte[] bytes = {0, 1, 2, (byte) 250, (byte) 255, 17, 42, 99, 100, 7};
        assertThat(Totp.unbase32(Totp.base32(bytes))).isEqualTo(bytes);
        assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
    }

    @Test
    void otpauthUriNamesIssuerAndAccount() {
        assertThat(Totp.otpauthUri("IPTalent", "admin.gd", "ABC"))
                .isEqualTo("otpauth://totp/IPTalent%3Aadmin.gd?secret=ABC&issuer=IPTalent&digits=6&period=30");
    }
}
