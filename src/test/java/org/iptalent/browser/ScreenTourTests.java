package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every page renders for the people who use it, in both languages (screenshots in target/screenshots/tour). */
@PlatformTest
class ScreenTourTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    private void shot(String name) {
        screenshot("tour/" + name);
    }

    @Test
    void theAuditorSearchesAndVerifiesTheLog() {
        UserSummary auditor = accounts.active("auditor", Role.AUDITOR, null);
        signIn(auditor.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        assertThat(page.locator("#dashboard-cards")).containsText("审计日志");
        page.navigate(url("/audit"));
        assertThat(page.locator("#audit-table tbody tr").first()).isVisible();
        page.click("#verify-chain");
        assertThat(page.locator("#verification")).hasClass(java.util.regex.Pattern.compile(".*alert-success.*"));
        page.selectOption("#action", "MFA_ENROLLED");
        page.click("form[role=search] button[type=submit]");
        assertThat(page.locator("#audit-table tbody")).containsText("绑定二次验证");
        // recorded between password and second factor, yet under the user's name
        assertThat(page.locator("#audit-table tbody")).containsText(auditor.username());
        shot("audit-zh");
        page.navigate(url("/users"));
        assertThat(page.locator("h1")).hasText("无权访问");
    }

    @Test
    void anAdministratorBrowsesUsersReferenceDataAndAccount() {
        UserSummary national = accounts.active("national", Role.NATIONAL_ADMIN, null);
        UserSummary hangzhou = accounts.active("hz.talent", Role.TALENT, "330100");
        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        shot("home-zh");
        // the shared test database holds many accounts by now: find this one as an administrator would
        page.navigate(url("/users?q=" + hangzhou.username()));
        assertThat(page.locator("#users-table")).containsText("浙江省 杭州市");
        shot("users-zh");
        page.navigate(url("/users/new"));
        page.click("#save-user");
        assertThat(page.locator(".invalid-feedback").first()).isVisible();
        shot("user-new-errors-zh");
        page.navigate(url("/reference"));
        assertThat(page.locator("#divisions-table tbody tr")).hasCount(34);
        shot("reference-divisions-zh");
        page.navigate(url("/reference?tab=industries&lang=en"));
        assertThat(page.locator("#industries .accordion-item")).hasCount(20);
        shot("reference-industries-en");
        page.navigate(url("/reference?tab=taxonomies"));
        assertThat(page.locator("body")).containsText("Patent agents");
        shot("reference-taxonomies-en");
        page.navigate(url("/account?lang=zh-CN"));
        assertThat(page.locator("h1")).hasText("我的账号");
        shot("account-zh");
    }
}
