package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.iptalent.identity.UserSummary;
import org.iptalent.planning.history.MonthlySnapshots;
import org.iptalent.planning.target.TargetAssignments;
import org.iptalent.planning.target.TargetFixtures;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A provincial administrator at its indicator's regional page, in Chinese and in English: the national office has
 * assigned the province its target; the province refines it, assigns one of its cities a share, sorts its cities by
 * progress and sees the map of China drawn with its province coloured. Screenshots land in {@code target/screenshots}.
 */
@PlatformTest
class RegionalTargetBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TargetAssignments assignments;
    @Autowired
    MonthlySnapshots snapshots;

    /** A plan of its own whose talents' target the national office split, and a new Guangdong administrator. */
    String regionsPage() {
        TargetFixtures fixtures = new TargetFixtures(context);
        long planId = fixtures.plan();
        fixtures.talentsIn("440100", "440300");
        snapshots.refreshCurrent();
        TestAccounts.as(fixtures.national, () -> assignments.set(planId, "ip-talents", "440000", BigDecimal.TEN, 0));
        UserSummary guangdong = accounts.active("tgt.browser", Role.PROVINCIAL_ADMIN, "440000");
        signIn(guangdong.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        return url("/plans/" + planId + "/indicators/ip-talents/regions");
    }

    @Test
    void aProvinceRefinesItsTargetAndSeesItsProgressInChinese() {
        page.navigate(regionsPage());
        assertThat(page.locator("#indicator-title")).hasText("知识产权人才数量");
        assertThat(page.locator("#own-name")).hasText("广东省");
        page.waitForSelector("#target-map[data-ready=true]");
        assertThat(page.locator("#target-map canvas")).isVisible();
        assertThat(page.locator("#own-progress")).containsText("%");
        assertThat(page.locator("#ranking")).containsText("广州市");

        page.fill("#refine-value", "12");
        page.click("#refine-submit");
        assertThat(page.locator(".alert-success")).containsText("目标已保存");
        assertThat(page.locator("#own-target")).containsText("12");
        assertThat(page.locator("#own-assigned")).containsText("下达目标 10");

        page.fill("#assign-440100", "4");
        page.click("#assign-submit-440100");
        assertThat(page.locator("#region-440100 .region-target")).containsText("4");
        assertThat(page.locator("#sum-total")).containsText("4");
        assertThat(page.locator("#sum-whole")).containsText("相差 -8");

        page.fill("#assign-440300", "20");
        page.click("#assign-submit-440300");
        assertThat(page.locator("#target-errors")).containsText("超过了广东省的目标 12");
        assertThat(page.locator("#assign-440300")).hasClass(Pattern.compile("\\bis-invalid\\b"));

        page.click("#sort-progress");
        assertThat(page.locator("#ranking th[aria-sort=ascending] #sort-progress")).isVisible();
        page.waitForSelector("#target-map[data-ready=true]");
        screenshot("RegionalTargetBrowserTests-regions-zh");
    }

    @Test
    void aProvinceRefinesItsTargetAndSeesItsProgressInEnglish() {
        String regions = regionsPage();
        page.click("#lang-switch");
        page.navigate(regions);
        assertThat(page.locator("#indicator-title")).hasText("IP talents");
        assertThat(page.locator("#own-name")).hasText("Guangdong");
        page.waitForSelector("#target-map[data-ready=true]");
        assertThat(page.locator("#target-map canvas")).isVisible();

        page.fill("#refine-value", "9");
        page.click("#refine-submit");
        assertThat(page.locator("#target-errors")).containsText("cannot be below the assigned 10");
        page.fill("#refine-value", "11.5");
        page.click("#refine-submit");
        assertThat(page.locator(".alert-success")).containsText("The target is saved.");
        assertThat(page.locator("#own-target")).containsText("11.5");
        assertThat(page.locator("#own-assigned")).containsText("Assigned 10");
        assertThat(page.locator("#ranking")).containsText("Guangzhou");
        page.waitForSelector("#target-map[data-ready=true]");
        screenshot("RegionalTargetBrowserTests-regions-en");
    }
}
