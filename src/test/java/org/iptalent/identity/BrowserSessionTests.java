package org.iptalent.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;

import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Browser sessions: a new id at login, idle timeout that polling does not extend, ended when access changes. */
@PlatformTest
class BrowserSessionTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserManagement users;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Http signedIn(UserSummary user) {
        Http http = new Http(port);
        var login = http.login(user.username(), TestAccounts.PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        assertThat(http.get("/").status()).isEqualTo(200);
        return http;
    }

    @Test
    void loginIssuesANewSessionId() {
        UserSummary talent = accounts.active("talent", Role.TALENT, "110000");
        Http http = new Http(port);
        http.get("/login");
        String before = http.sessionId();
        http.login(talent.username(), TestAccounts.PASSWORD);
        assertThat(http.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutes() {
        Http http = signedIn(accounts.active("talent", Role.TALENT, "110000"));
        clock.advance(Duration.ofMinutes(29));
        assertThat(http.get("/").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(31));
        var expired = http.get("/");
        assertThat(expired.status()).isEqualTo(302);
        assertThat(expired.header("Location")).endsWith("/login?expired");
        assertThat(http.get("/").header("Location")).endsWith("/login");
    }

    @Test
    void backgroundPollingDoesNotKeepASessionAlive() {
        Http http = signedIn(accounts.active("talent", Role.TALENT, "110000"));
        clock.advance(Duration.ofMinutes(20));
        assertThat(http.get("/", "HX-Request", "true", "X-Background-Poll", "true").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(11));
        var expired = http.get("/", "HX-Request", "true");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("HX-Redirect")).endsWith("/login?expired");
    }

    @Test
    void disablingAUserOrRemovingARoleEndsTheirSessions() {
        UserSummary security = users.findByUsername("admin").orElseThrow();
        UserSummary talent = accounts.active("talent", Role.TALENT, "110000");
        Http http = signedIn(talent);
        TestAccounts.as(security, () -> users.update(talent.id(), users.get(talent.id()).version(),
                talent.displayName(), EnumSet.of(Role.TALENT), talent.regionCode(), false));
        var ended = http.get("/");
        assertThat(ended.status()).isEqualTo(302);
        assertThat(ended.header("Location")).endsWith("/login?ended");
        assertThat(new Http(port).login(talent.username(), TestAccounts.PASSWORD).header("Location")).contains("error");

        UserSummary expert = accounts.active("expert", Role.EXPERT, "110000");
        Http expertSession = signedIn(expert);
        TestAccounts.as(security, () -> users.update(expert.id(), users.get(expert.id()).version(),
                expert.displayName(), EnumSet.of(Role.TALENT), expert.regionCode(), true));
        assertThat(expertSession.get("/").header("Location")).endsWith("/login?ended");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        Http http = signedIn(accounts.active("talent", Role.TALENT, "110000"));
        var page = http.get("/account");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.body()).doesNotContain("<script>").contains("hx-headers");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        Http http = signedIn(accounts.active("talent", Role.TALENT, "110000"));
        var forged = http.postJson("/account/tokens", "{}");
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void errorPagesAreLocalizedAndShowNoInternals() {
        Http http = signedIn(accounts.active("talent", Role.TALENT, "110000"));
        var forbidden = http.get("/users", "Accept", "text/html");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("无权访问").doesNotContain("Exception", "at org.");
        var missing = http.get("/no/such/page", "Accept", "text/html", "Accept-Language", "en-US");
        assertThat(missing.status()).isEqualTo(404);
        // pages are Chinese unless the user switches: an English browser alone does not change that
        assertThat(missing.body()).contains("页面不存在").doesNotContain("Exception", "Whitelabel");
    }
}
