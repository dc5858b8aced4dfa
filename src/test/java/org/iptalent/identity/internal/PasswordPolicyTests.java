package org.iptalent.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.iptalent.identity.SecurityProperties;
import org.iptalent.identity.SecurityProperties.PasswordPolicyProfile;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static final CommonPasswords COMMON = new CommonPasswords();

    private static PasswordPolicy policy(PasswordPolicyProfile profile) {
        return new PasswordPolicy(new SecurityProperties(profile, Set.of(), 5, java.time.Duration.ofMinutes(15),
                java.time.Duration.ofMinutes(30), java.time.Duration.ofDays(30), null), COMMON);
    }

    @Test
    void mlpsWantsTenCharactersOfThreeClasses() {
        PasswordPolicy mlps = policy(PasswordPolicyProfile.MLPS);
        assertThat(mlps.violations("Ab1#xyzuv", "zhang")).contains("password.tooShort");
        assertThat(mlps.violations("abcdefghij1", "zhang")).containsExactly("password.classes");
        assertThat(mlps.violations("Abcdefghij1", "zhang")).isEmpty();
        assertThat(mlps.violations("abcdefghij#1", "zhang")).isEmpty();
    }

    @Test
    void mlpsRefusesTheUserNameInsideThePassword() {
        assertThat(policy(PasswordPolicyProfile.MLPS).violations("Zhang.San#2026", "zhang.san"))
                .containsExactly("password.containsUsername");
    }

    @Test
    void bothProfilesRefuseCommonPasswordsWhateverTheCase() {
        assertThat(policy(PasswordPolicyProfile.MLPS).violations("P@ssw0rd123", "x")).contains("password.common");
        assertThat(policy(PasswordPolicyProfile.ASVS).violations("PASSWORD123", "x")).contains("password.common");
    }

    @Test
    void asvsHasNoCompositionRulesButNeedsTwelveCharacters() {
        PasswordPolicy asvs = policy(PasswordPolicyProfile.ASVS);
        assertThat(asvs.violations("correct horse battery", "x")).isEmpty();
        assertThat(asvs.violations("shortpass", "x")).containsExactly("password.tooShort");
        assertThat(asvs.violations("a".repeat(129) + "Zq", "x")).contains("password.tooLong");
    }

    @Test
    void onlyMlpsExpiresPasswordsAfterNinetyDays() {
        Instant now = Instant.parse("2026-11-24T00:00:00Z");
        Instant changed = now.minus(91, ChronoUnit.DAYS);
        assertThat(policy(PasswordPolicyProfile.MLPS).isExpired(changed, now)).isTrue();
        assertThat(policy(PasswordPolicyProfile.MLPS).isExpired(now.minus(89, ChronoUnit.DAYS), now)).isFalse();
        assertThat(policy(PasswordPolicyProfile.ASVS).isExpired(changed, now)).isFalse();
        assertThat(policy(PasswordPolicyProfile.MLPS).historyDepth()).isEqualTo(5);
        assertThat(policy(PasswordPolicyProfile.ASVS).historyDepth()).isZero();
    }
}
