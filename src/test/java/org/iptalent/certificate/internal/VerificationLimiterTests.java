package org.iptalent.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.iptalent.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The per-client token bucket of certificate look-ups. */
class VerificationLimiterTests {

    private final MutableClock clock = new MutableClock();

    private VerificationLimiter limiter(int perMinute, int burst, int missCost, int maxClients) {
        return new VerificationLimiter(new CertificateProperties(new CertificateProperties.Verification(perMinute,
                burst, missCost, maxClients), new CertificateProperties.Upload(DataSize.ofMegabytes(5))), clock);
    }

    @Test
    void aBurstPassesThenTheClientWaitsForTheRefill() {
        VerificationLimiter limiter = limiter(30, 10, 3, 1000);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.admit("203.0.113.7").admitted()).isTrue();
        }
        VerificationLimiter.Admission refused = limiter.admit("203.0.113.7");
        assertThat(refused.admitted()).isFalse();
        // 30 a minute: one token every 2 seconds
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 2L);
        clock.advance(java.time.Duration.ofSeconds(2));
        assertThat(limiter.admit("203.0.113.7").admitted()).isTrue();
        assertThat(limiter.admit("203.0.113.7").admitted()).isFalse();
    }

    @Test
    void anotherClientHasItsOwnBucket() {
        VerificationLimiter limiter = limiter(30, 2, 3, 1000);
        limiter.admit("203.0.113.7");
        limiter.admit("203.0.113.7");
        assertThat(limiter.admit("203.0.113.7").admitted()).isFalse();
        assertThat(limiter.admit("203.0.113.8").admitted()).isTrue();
    }

    @Test
    void aMissCostsMoreThanAHit() {
        VerificationLimiter limiter = limiter(30, 10, 3, 1000);
        int misses = 0;
        while (limiter.admit("198.51.100.1").admitted()) {
            limiter.missed("198.51.100.1");
            misses++;
        }
        assertThat(misses).isEqualTo(4);
        // the debt is paid before the next look-up: three tokens at one every 2 seconds
        VerificationLimiter.Admission refused = limiter.admit("198.51.100.1");
        assertThat(refused.retryAfterSeconds()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anIpv6ClientIsItsSlash64() {
        assertThat(VerificationLimiter.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(VerificationLimiter.key("2001:db8:1:2::1"))
                .isNotEqualTo(VerificationLimiter.key("2001:db8:1:3::1"));
        assertThat(VerificationLimiter.key("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(VerificationLimiter.key("192.0.2.1")).isEqualTo("192.0.2.1");
        VerificationLimiter limiter = limiter(30, 1, 3, 1000);
        assertThat(limiter.admit("2001:db8:1:2::1").admitted()).isTrue();
        assertThat(limiter.admit("2001:db8:1:2::2").admitted()).isFalse();
    }

    @Test
    void theBucketsKeptAreBoundedAndIdleFullOnesGoFirst() {
        VerificationLimiter limiter = limiter(60, 2, 3, 10);
        for (int i = 0; i < 10; i++) {
            limiter.admit("10.0.0." + i);
        }
        assertThat(limiter.size()).isEqualTo(10);
        clock.advance(java.time.Duration.ofSeconds(5));
        // at the bound, the idle buckets (full again after 2 s) are forgotten
        limiter.admit("10.0.1.1");
        assertThat(limiter.size()).isOne();
        for (int i = 0; i < 20; i++) {
            limiter.admit("10.0.2." + i);
            assertThat(limiter.size()).isLessThanOrEqualTo(10);
        }
    }
}
