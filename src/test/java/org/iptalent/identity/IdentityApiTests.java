package org.iptalent.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.internal.AuditSearch;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

@PlatformTest
class IdentityApiTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    org.iptalent.identity.UserManagement users;
    @Autowired
    AuditSearch audit;
    @Autowired
    MutableClock clock;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String bearer(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "test").token();
    }

    @Test
    void aNewAccountMustChangeItsPasswordBeforeItGetsAToken() {
        UserSummary talent = accounts.initial("talent", Role.TALENT, "110000");
        var refused = http.postJson("/api/v1/auth/tokens", Map.of("username", talent.username(), "password",
                TestAccounts.PASSWORD));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("/api/v1/auth/password");

        var weak = http.postJson("/api/v1/auth/password", Map.of("username", talent.username(), "currentPassword",
                TestAccounts.PASSWORD, "newPassword", "password123"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");

        var changed = http.postJson("/api/v1/auth/password", Map.of("username", talent.username(), "currentPassword",
                TestAccounts.PASSWORD, "newPassword", "Brand#New2026pw"));
        assertThat(changed.status()).isEqualTo(204);

        var token = http.postJson("/api/v1/auth/tokens", Map.of("username", talent.username().toUpperCase(),
                "password", "Brand#New2026pw"));
        assertThat(token.status()).isEqualTo(201);
        String value = token.json().get("token").asString();
        assertThat(value).startsWith("ipt_");
        // a talent is no administrator: the user list is forbidden, as problem details
        var users = http.get("/api/v1/users", "Authorization", "Bearer " + value);
        assertThat(users.status()).isEqualTo(403);
        assertThat(users.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void rolesThatNeedASecondFactorGetNoTokenFromAPasswordAlone() {
        UserSummary admin = accounts.active("gd.admin", Role.PROVINCIAL_ADMIN, "440000");
        var refused = http.postJson("/api/v1/auth/tokens", Map.of("username", admin.username(), "password",
                TestAccounts.PASSWORD));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aProvincialAdminGets404ForAnotherProvincesUser() {
        UserSummary guangdong = accounts.active("gd.admin", Role.PROVINCIAL_ADMIN, "440000");
        UserSummary ownTalent = accounts.active("sz.talent", Role.TALENT, "440300");
        UserSummary otherTalent = accounts.active("js.talent", Role.TALENT, "320100");
        String auth = bearer(guangdong);

        assertThat(http.get("/api/v1/users/" + ownTalent.id(), "Authorization", auth).status()).isEqualTo(200);
        var other = http.get("/api/v1/users/" + otherTalent.id(), "Authorization", auth);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(otherTalent.username());

        var list = http.get("/api/v1/users?size=200", "Authorization", auth).json();
        assertThat(list.get("page").get("totalElements").asLong()).isGreaterThan(0);
        list.get("content").forEach(u -> assertThat(u.get("regionCode").asString()).startsWith("44"));
    }

    @Test
    void aProvincialAdminCreatesCityAdminsOfItsProvinceButNeverANationalAdmin() {
        String auth = bearer(accounts.active("gd.admin", Role.PROVINCIAL_ADMIN, "440000"));
        var city = http.postJson("/api/v1/users", Map.of("username", TestAccounts.uniqueName("sz.admin"),
                "password", "Initial#Pass2026", "roles", List.of("CITY_ADMIN"), "regionCode", "440300"),
                "Authorization", auth);
        assertThat(city.status()).isEqualTo(201);
        assertThat(city.header("Location")).contains("/api/v1/users/");

        var national = http.postJson("/api/v1/users", Map.of("username", TestAccounts.uniqueName("nat"),
                "password", "Initial#Pass2026", "roles", List.of("NATIONAL_ADMIN")), "Authorization", auth);
        assertThat(national.status()).isEqualTo(403);

        var elsewhere = http.postJson("/api/v1/users", Map.of("username", TestAccounts.uniqueName("nj.admin"),
                "password", "Initial#Pass2026", "roles", List.of("CITY_ADMIN"), "regionCode", "320100"),
                "Authorization", auth);
        assertThat(elsewhere.status()).isEqualTo(403);
    }

    @Test
    void badInputGetsAClearFourHundredNeverAFiveHundred() {
        String auth = bearer(accounts.active("national", Role.NATIONAL_ADMIN, null));
        var empty = http.postJson("/api/v1/users", "{}", "Authorization", auth);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").findValuesAsString("field")).contains("username", "password", "roles");

        var chinese = http.postJson("/api/v1/users", "{}", "Authorization", auth, "Accept-Language", "zh-CN");
        assertThat(chinese.json().get("detail").asString()).contains("校验");
        var english = http.postJson("/api/v1/users", "{}", "Authorization", auth, "Accept-Language", "en-US,en;q=0.9");
        assertThat(english.json().get("detail").asString()).contains("validation");
        assertThat(english.json().get("errors").findValuesAsString("message")).allMatch(m -> !m.isBlank());

        var malformed = http.postJson("/api/v1/users", "{\"username\": ", "Authorization", auth);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");

        var unknownRole = http.postJson("/api/v1/users", Map.of("username", "x.y", "password", "Initial#Pass2026",
                "roles", List.of("KING")), "Authorization", auth);
        assertThat(unknownRole.status()).isEqualTo(400);

        var unknownRegion = http.postJson("/api/v1/users", Map.of("username", TestAccounts.uniqueName("t"),
                "password", "Initial#Pass2026", "roles", List.of("TALENT"), "regionCode", "999900"),
                "Authorization", auth);
        assertThat(unknownRegion.status()).isEqualTo(400);
        assertThat(unknownRegion.json().get("errors").get(0).get("field").asString()).isEqualTo("regionCode");

        var oversized = http.postJson("/api/v1/users", "{\"username\":\"" + "x".repeat(2_000_000) + "\"}",
                "Authorization", auth);
        assertThat(oversized.status()).isEqualTo(413);

        var badId = http.get("/api/v1/users/not-a-number", "Authorization", auth);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(http.get("/api/v1/no-such-thing", "Authorization", auth).status()).isEqualTo(404);
    }

    @Test
    void missingWrongOrRevokedTokensAre401ProblemDetails() {
        var none = http.get("/api/v1/users");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/users", "Authorization", "Bearer ipt_nonsense").status()).isEqualTo(401);

        UserSummary national = accounts.active("national", Role.NATIONAL_ADMIN, null);
        var issued = tokens.issue(national.id(), "to revoke");
        assertThat(http.get("/api/v1/users", "Authorization", "Bearer " + issued.token()).status()).isEqualTo(200);
        tokens.revoke(national.id(), issued.id());
        assertThat(http.get("/api/v1/users", "Authorization", "Bearer " + issued.token()).status()).isEqualTo(401);

        var expiring = tokens.issue(national.id(), "to expire");
        clock.advance(Duration.ofDays(31));
        assertThat(http.get("/api/v1/users", "Authorization", "Bearer " + expiring.token()).status()).isEqualTo(401);
    }

    @Test
    void aTokenJustUsedStopsWorkingTheMomentItsAccountIsDisabledOrLosesARole() {
        UserSummary security = users.findByUsername("admin").orElseThrow();
        UserSummary national = accounts.active("national", Role.NATIONAL_ADMIN, null);
        String token = bearer(national);
        assertThat(http.get("/api/v1/users", "Authorization", token).status()).isEqualTo(200);
        TestAccounts.as(security, () -> users.update(national.id(), users.get(national.id()).version(),
                national.displayName(), EnumSet.of(Role.NATIONAL_ADMIN), null, false));
        assertThat(http.get("/api/v1/users", "Authorization", token).status()).isEqualTo(401);

        UserSummary other = accounts.active("national", Role.NATIONAL_ADMIN, null);
        String otherToken = bearer(other);
        assertThat(http.get("/api/v1/users", "Authorization", otherToken).status()).isEqualTo(200);
        TestAccounts.as(security, () -> users.update(other.id(), users.get(other.id()).version(),
                other.displayName(), EnumSet.of(Role.TALENT), "110000", true));
        assertThat(http.get("/api/v1/users", "Authorization", otherToken).status()).isEqualTo(403);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() {
        UserSummary talent = accounts.active("talent", Role.TALENT, "310000");
        for (int i = 0; i < 5; i++) {
            assertThat(http.postJson("/api/v1/auth/tokens", Map.of("username", talent.username(), "password",
                    "Wrong#Password" + i)).status()).isEqualTo(401);
        }
        var locked = http.postJson("/api/v1/auth/tokens", Map.of("username", talent.username(), "password",
                TestAccounts.PASSWORD));
        assertThat(locked.status()).isEqualTo(401);
        var unknown = http.postJson("/api/v1/auth/tokens", Map.of("username", "nobody-" + talent.username(),
                "password", TestAccounts.PASSWORD));
        assertThat(unknown.json().get("detail").asString()).isEqualTo(locked.json().get("detail").asString());

        var entries = audit.find(new AuditSearch.Criteria(talent.username(), AuditAction.LOGIN_LOCKED, null, null,
                null, null), PageRequest.of(0, 10));
        assertThat(entries.getTotalElements()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(16));
        assertThat(http.postJson("/api/v1/auth/tokens", Map.of("username", talent.username(), "password",
                TestAccounts.PASSWORD)).status()).isEqualTo(201);
    }

    @Test
    void publicEndpointsNeedNoToken() {
        assertThat(http.get("/actuator/health").status()).isEqualTo(200);
        var docs = http.get("/api/docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/auth/tokens", "/api/v1/users");
    }
}
