package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.internal.AuditSearch;
import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** What a person does at the door: sign in, change a first password, get locked out, switch language. */
@PlatformTest
class LoginBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    AuditSearch audit;

    @Test
    void aTalentSignsInAndSeesTheDashboardInChineseThenEnglish() {
        UserSummary talent = accounts.active("talent", Role.TALENT, "330000");
        signIn(talent.username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("h1")).containsText("您好");
        assertThat(page.locator("#dashboard-cards")).containsText("我的账号");
        page.click("#lang-switch");
        assertThat(page.locator("h1")).containsText("Welcome");
        assertThat(page.locator("#dashboard-cards")).containsText("My account");
        page.navigate(url("/reference"));
        assertThat(page.locator("h1")).hasText("Reference data");
        page.click("#lang-switch");
        assertThat(page.locator("h1")).hasText("基础数据");
    }

    @Test
    void aNewUserMustChangeTheInitialPasswordFirst() {
        UserSummary talent = accounts.initial("talent", Role.TALENT, "330000");
        signIn(talent.username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(url("/login/password"));
        page.navigate(url("/account"));
        assertThat(page).hasURL(url("/login/password"));

        changePassword(TestAccounts.PASSWORD, "qwertyuiop1");
        assertThat(page.locator("#password-error")).isVisible();
        changePassword(TestAccounts.PASSWORD, "Zhejiang#Talent2026");
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("h1")).containsText("您好");

        page.click("#user-menu");
        page.click("#logout");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout"));
        signIn(talent.username(), "Zhejiang#Talent2026");
        assertThat(page).hasURL(url("/"));
    }

    @Test
    void aTalentMayChooseASecondFactorAndThenNeedsItForTokensToo() {
        UserSummary talent = accounts.active("talent", Role.TALENT, "330000");
        signIn(talent.username(), TestAccounts.PASSWORD);
        page.navigate(url("/account"));
        page.click("#enable-mfa");
        String secret = page.textContent("#enrol-secret").replace(" ", "").trim();
        page.fill("#code", org.iptalent.identity.internal.Totp.code(secret, java.time.Instant.now()));
        page.click("#enrol-submit");
        assertThat(page.locator("#account-recovery-codes li")).hasCount(10);
        assertThat(page.locator("#enable-mfa")).hasCount(0);

        var api = new org.iptalent.support.Http(port).postJson("/api/v1/auth/tokens",
                java.util.Map.of("username", talent.username(), "password", TestAccounts.PASSWORD));
        assertThat(api.status()).isEqualTo(403);
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        UserSummary talent = accounts.active("talent", Role.TALENT, "330000");
        for (int i = 1; i <= 5; i++) {
            signIn(talent.username(), "Wrong#Guess" + i);
            assertThat(page.locator("#login-error")).isVisible();
        }
        signIn(talent.username(), TestAccounts.PASSWORD);
        assertThat(page.locator("#login-error")).containsText("15");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error"));

        var locked = audit.find(new AuditSearch.Criteria(talent.username(), AuditAction.LOGIN_LOCKED, null, null, null,
                null), PageRequest.of(0, 5));
        assertThat(locked.getTotalElements()).isEqualTo(1);
    }
}
