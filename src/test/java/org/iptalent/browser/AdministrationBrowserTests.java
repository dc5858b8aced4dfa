package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.regex.Pattern;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.Totp;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators at work: the first security administrator, and a provincial administrator's scope. */
@PlatformTest
class AdministrationBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    org.iptalent.support.MutableClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSecurityAdministratorSetsUpAndCreatesANationalAdministrator() {
        UserSummary security = accounts.initial("security", Role.SECURITY_ADMIN, null);
        signIn(security.username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(url("/login/password"));
        changePassword(TestAccounts.PASSWORD, "Guard#Accounts2026");
        assertThat(page).hasURL(url("/login/enrol"));
        assertThat(page.locator("img.qr-code")).isVisible();
        enrolSecondFactor();
        assertThat(page).hasURL(url("/"));

        page.click("text=用户管理");
        page.click("#new-user");
        String national = TestAccounts.uniqueName("national");
        page.fill("#username", national);
        page.fill("#displayName", "国家局管理员");
        page.fill("#password", "First#National2026");
        page.check("input[name=roles][value=NATIONAL_ADMIN]");
        page.click("#save-user");
        assertThat(page.locator(".alert-success")).containsText("用户已创建");
        assertThat(page.locator("#user-history")).containsText("国家级管理员");
        assertThat(page.locator("#user-history")).not().containsText("NATIONAL_ADMIN");

        page.click("#user-menu");
        page.click("#logout");
        signIn(national, "First#National2026");
        changePassword("First#National2026", "Second#National2026");
        enrolSecondFactor();
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("h1")).containsText("您好，国家局管理员");
        page.click("#lang-switch");
        assertThat(page.locator("h1")).containsText("Welcome, 国家局管理员");
        assertThat(page.locator("nav")).containsText("Users");
    }

    @Test
    void aProvincialAdministratorIsDeniedAnotherProvincesUserRecord() {
        UserSummary guangdong = accounts.active("gd.admin", Role.PROVINCIAL_ADMIN, "440000");
        UserSummary shenzhen = accounts.active("sz.talent", Role.TALENT, "440300");
        UserSummary jiangsu = accounts.active("js.talent", Role.TALENT, "320100");
        signIn(guangdong.username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(url("/login/enrol"));
        String secret = enrolSecondFactor();

        page.navigate(url("/users?q=" + shenzhen.username()));
        assertThat(page.locator("#users-table")).containsText(shenzhen.username());
        page.navigate(url("/users?q=" + jiangsu.username()));
        assertThat(page.locator("#users-table")).not().containsText(jiangsu.username());

        page.navigate(url("/users/" + shenzhen.id()));
        assertThat(page.locator("#username")).hasValue(shenzhen.username());
        var response = page.navigate(url("/users/" + jiangsu.id()));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("页面不存在");
        assertThat(page.locator("body")).not().containsText(jiangsu.username());

        // signing in again asks for the code from the authenticator app
        page.click("#user-menu");
        page.click("#logout");
        signIn(guangdong.username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(url("/login/verify"));
        // the enrolment code was accepted once and must not work again: move on to the next 30-second step
        clock.advance(java.time.Duration.ofSeconds(30));
        Instant now = clock.instant();
        page.fill("#code", "000000".equals(Totp.code(secret, now)) ? "111111" : "000000");
        page.click("button[type=submit]");
        assertThat(page.locator(".alert-danger")).isVisible();
        page.fill("#code", Totp.code(secret, now));
        page.click("button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*/$"));
    }
}
