package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.EnumSet;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The auditor's log and an account's history as people read them, in Chinese and in English (screenshots too). */
@PlatformTest
class AuditPagesBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    UserManagement users;
    @Autowired
    AuditLog audit;

    @Test
    void theAuditorReadsExportsAndRoleChangesInTheirLanguage() {
        UserSummary national = accounts.active("tour.national", Role.NATIONAL_ADMIN, null);
        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/talents?province=440000"));
        page.waitForDownload(() -> page.click("#export-xlsx"));
        page.click("#user-menu");
        page.click("#logout");

        UserSummary auditor = accounts.active("tour.auditor", Role.AUDITOR, null);
        signIn(auditor.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/audit?action=EXPORT&actor=" + national.username()));
        assertThat(page.locator("#audit-table tbody")).containsText("筛选条件：省份：广东省");
        assertThat(page.locator("#audit-table tbody")).not().containsText("TalentCriteria[");
        page.selectOption("#entityType", "User");
        page.selectOption("#action", "LOGIN_SUCCESS");
        page.click("form[role=search] button[type=submit]");
        assertThat(page.locator("#audit-table tbody")).containsText("用户账号");
        page.navigate(url("/audit?lang=en&action=EXPORT&actor=" + national.username()));
        assertThat(page.locator("#audit-table tbody")).containsText("filters: Province: Guangdong");
        screenshot("AuditPagesBrowserTests-audit-en");
        page.navigate(url("/audit?lang=zh-CN"));
    }

    @Test
    void anAccountsHistoryShowsItsChangesAndOffersItsSignIns() {
        UserSummary security = accounts.active("tour.security", Role.SECURITY_ADMIN, null);
        UserSummary officer = accounts.active("tour.officer", Role.CITY_ADMIN, "440100");
        TestAccounts.as(security, () -> users.update(officer.id(), officer.version(), officer.displayName(),
                EnumSet.of(Role.PROVINCIAL_ADMIN), "440000", true));
        for (int i = 0; i < 25; i++) {
            audit.record(AuditEvent.of(AuditAction.LOGIN_SUCCESS, "User", officer.id()).region("440000"));
        }
        signIn(security.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/users/" + officer.id()));
        assertThat(page.locator("#user-history")).containsText("市级管理员");
        assertThat(page.locator("#user-history")).containsText("省级管理员");
        assertThat(page.locator("#user-history")).not().containsText("登录成功");
        screenshot("AuditPagesBrowserTests-user-history");
        page.navigate(url("/users/" + officer.id() + "?lang=en"));
        assertThat(page.locator("#user-history")).containsText("Roles: City administrator → Provincial administrator");
        screenshot("AuditPagesBrowserTests-user-history-en");
        page.navigate(url("/users/" + officer.id() + "?lang=zh-CN"));
        page.click("#history-sign-ins");
        assertThat(page.locator("#user-history li")).hasCount(10);
        assertThat(page.locator("#user-history")).containsText("登录成功");
    }
}
