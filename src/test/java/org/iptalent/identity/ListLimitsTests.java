package org.iptalent.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The account and audit lists take only their own sort fields and safe pages. */
@PlatformTest
class ListLimitsTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private String bearer(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "test").token();
    }

    @Test
    void accountsSortOnlyByWhatTheListShowsNeverBySecrets() {
        String auth = bearer(accounts.active("sort.admin", Role.SECURITY_ADMIN, null));
        for (String secret : new String[] {"passwordHash", "encryptedMfaSecret,desc", "mfaSecret", "nonsense"}) {
            var refused = http.get("/api/v1/users?sort=" + secret, "Authorization", auth);
            assertThat(refused.status()).as(secret).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
            assertThat(refused.json().get("detail").asString())
                    .endsWith("可用的排序字段：username, displayName, regionCode, lastLoginAt, createdAt。");
        }
        var english = http.get("/api/v1/users?sort=passwordHash,asc", "Authorization", auth, "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().get("detail").asString()).isEqualTo(
                "Cannot sort by \"passwordHash\". The sort fields are: username, displayName, regionCode, lastLoginAt, "
                        + "createdAt.");

        var byName = http.get("/api/v1/users?sort=displayName,desc&sort=username&size=2", "Authorization", auth);
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.json().get("content")).hasSize(2);
    }

    @Test
    void accountAndAuditPagesAreClampedAndNeverWrapAround() {
        UserSummary security = accounts.active("page.admin", Role.SECURITY_ADMIN, null);
        String auth = bearer(security);
        var deep = http.get("/api/v1/users?page=10737418&size=200", "Authorization", auth);
        assertThat(deep.status()).isEqualTo(200);
        assertThat(deep.json().get("page").get("size").asInt()).isEqualTo(100);
        assertThat(deep.json().get("content")).isEmpty();
        var wrapped = http.get("/api/v1/users?page=2147483647&size=200", "Authorization", auth);
        assertThat(wrapped.status()).isEqualTo(400);
        assertThat(wrapped.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
        var clamped = http.get("/api/v1/users?page=-1&size=-1", "Authorization", auth).json().get("page");
        assertThat(clamped.get("number").asInt()).isZero();
        assertThat(clamped.get("size").asInt()).isEqualTo(1);

        UserSummary auditor = accounts.active("page.auditor", Role.AUDITOR, null);
        String audit = bearer(auditor);
        assertThat(http.get("/api/v1/audit-entries?page=2147483647&size=200", "Authorization", audit).status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/audit-entries?size=1000", "Authorization", audit).json().get("page")
                .get("size").asInt()).isEqualTo(100);
        assertThat(http.get("/api/v1/audit-entries?sort=actor", "Authorization", audit).status()).isEqualTo(400);
        var oldest = http.get("/api/v1/audit-entries?sort=occurredAt,asc&size=3", "Authorization", audit).json();
        var newest = http.get("/api/v1/audit-entries?size=3", "Authorization", audit).json();
        long first = oldest.get("content").get(0).get("id").asLong();
        assertThat(oldest.get("content").get(1).get("id").asLong()).isGreaterThan(first);
        assertThat(newest.get("content").get(0).get("id").asLong())
                .isGreaterThan(newest.get("content").get(1).get("id").asLong());

        assertThat(http.signInEnrolling(security.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
        assertThat(http.get("/users?page=2147483647").status()).isEqualTo(200);
        Http auditorPage = new Http(port);
        assertThat(auditorPage.signInEnrolling(auditor.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
        assertThat(auditorPage.get("/audit?page=2147483647").status()).isEqualTo(200);
    }
}
