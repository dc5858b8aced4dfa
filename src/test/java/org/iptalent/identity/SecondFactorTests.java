package org.iptalent.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.iptalent.identity.internal.SecondFactor;
import org.iptalent.identity.internal.Totp;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.Role;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformTest
class SecondFactorTests {

    @Autowired
    SecondFactor secondFactor;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCodeWorksOnceAndTheSecretIsEncryptedAtRest() {
        UserSummary user = accounts.active("expert", Role.EXPERT, "510000");
        String secret = Totp.newSecret();
        assertThatThrownBy(() -> secondFactor.enrol(user.id(), secret, "123456".equals(Totp.code(secret,
                clock.instant())) ? "654321" : "123456")).isInstanceOf(BusinessRuleException.class);
        List<String> recovery = secondFactor.enrol(user.id(), secret, Totp.code(secret, clock.instant()));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select mfa_secret from app_user where id = ?", String.class, user.id()))
                .startsWith("v1:").doesNotContain(secret);

        // the enrolment code is spent; the next step's code works once
        assertThat(secondFactor.verify(user.id(), Totp.code(secret, clock.instant()))).isFalse();
        clock.advance(Duration.ofSeconds(30));
        String next = Totp.code(secret, clock.instant());
        assertThat(secondFactor.verify(user.id(), next)).isTrue();
        assertThat(secondFactor.verify(user.id(), next)).isFalse();
    }

    @Test
    void recoveryCodesAreSingleUse() {
        UserSummary user = accounts.active("expert", Role.EXPERT, "510000");
        String secret = Totp.newSecret();
        List<String> recovery = secondFactor.enrol(user.id(), secret, Totp.code(secret, clock.instant()));
        assertThat(secondFactor.verify(user.id(), recovery.get(3).toLowerCase())).isTrue();
        assertThat(secondFactor.verify(user.id(), recovery.get(3))).isFalse();
        assertThat(secondFactor.unusedRecoveryCodes(user.id())).isEqualTo(9);
        assertThat(jdbc.queryForList("select code_hash from mfa_recovery_code where user_id = ?", String.class,
                user.id())).noneMatch(h -> h.contains(recovery.get(0).replace("-", "")));
    }
}
