package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.iptalent.identity.UserSummary;
import org.iptalent.planning.history.MonthlySnapshots;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national office's morning in Chromium: the plan's indicators on the home page in Chinese and in English (an
 * indicator whose module is not there says so), the plan's page, a copy into the next period as a draft, and an
 * indicator whose target year lies outside the new period refused in words.
 */
@PlatformTest
class PlanDashboardBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    MonthlySnapshots snapshots;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theNationalOfficeReadsThePlanAndCopiesItIntoTheNextPeriod() {
        snapshots.refreshCurrent();
        UserSummary national = accounts.active("dash.nat", Role.NATIONAL_ADMIN, null);
        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.onDialog(dialog -> dialog.accept());

        // the home page shows the plan in force, else the latest that was (other tests make plans of their own)
        page.navigate(url("/?lang=zh-CN"));
        assertThat(page.locator("#plan-dashboard")).containsText("预测方法");
        screenshot("PlanDashboardBrowserTests-home-zh");

        long fourteenth = jdbc.queryForObject("select id from plan where starts_year = 2021 and ends_year = 2025",
                Long.class);
        page.navigate(url("/plans/" + fourteenth + "?lang=zh-CN"));
        assertThat(page.locator("#plan-title")).containsText("知识产权人才“十四五”规划");
        assertThat(page.locator("#plan-dashboard")).containsText("知识产权人才数量");
        assertThat(page.locator("#plan-dashboard [data-indicator=intermediate-ip-engineers]")).containsText("暂无数据来源");
        String name = TestAccounts.uniqueName("知识产权人才规划");
        page.fill("#copy-nameZh", name);
        page.fill("#copy-startsYear", "2031");
        page.fill("#copy-endsYear", "2035");
        page.click("#copy-submit");
        assertThat(page.locator("#plan-title")).containsText(name);
        assertThat(page.locator("#plan-status")).containsText("草稿");
        assertThat(page.locator("#plan-indicators tbody tr")).hasCount(12);
        screenshot("PlanDashboardBrowserTests-copy-zh");

        page.click("#indicator-new");
        page.fill("#code", "school-teachers");
        page.fill("#nameZh", "中小学知识产权师资");
        page.fill("#target", "500");
        page.fill("#targetYear", "2040");
        page.selectOption("#sourceKind", "REPORTED");
        page.click("#indicator-save");
        assertThat(page.locator("#indicator-form")).containsText("不在规划期 2031—2035 年之内");
        page.fill("#targetYear", "2035");
        page.click("#indicator-save");
        assertThat(page.locator("#plan-indicators [data-indicator=school-teachers]")).containsText("中小学知识产权师资");

        page.navigate(url("/plans/" + fourteenth + "?lang=en"));
        assertThat(page.locator("#plan-dashboard")).containsText("IP talents");
        assertThat(page.locator("#plan-dashboard [data-indicator=intermediate-ip-engineers]"))
                .containsText("No data source yet");
        page.navigate(url("/?lang=en"));
        assertThat(page.locator("#plan-dashboard")).containsText("Projection:");
        screenshot("PlanDashboardBrowserTests-home-en");
    }
}
