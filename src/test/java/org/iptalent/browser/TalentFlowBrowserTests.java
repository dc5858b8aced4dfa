package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.List;

import com.microsoft.playwright.Locator;
import org.iptalent.analytics.flows.FlowSeeds;
import org.iptalent.analytics.flows.FlowYear;
import org.iptalent.analytics.flows.TalentFlows;
import org.iptalent.identity.UserSummary;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The talent flows page in Chromium over the moves seeded in 2004: the map draws its lines, the table shows what the
 * service counts, another year changes the table, a province's cities are listed, and the concentration tab draws its
 * chart and table (2004's talents the monthly history's, as of its December), in Chinese and English; a provincial administrator sees its own province and no concentration tab.
 */
@PlatformTest
class TalentFlowBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TalentFlows flows;
    @Autowired
    SnapshotStore store;
    @Autowired
    List<IndicatorSource> sources;

    @Test
    void theFlowsPageDrawsLinesSwitchesYearsAndShowsTheConcentration() throws Exception {
        UserSummary national = accounts.active("flbt.nat", Role.NATIONAL_ADMIN, null);
        UserSummary guangdong = accounts.active("flbt.gd", Role.PROVINCIAL_ADMIN, "440000");
        FlowSeeds seeds = new FlowSeeds(jdbc).write();
        try {
            YearMonth december = FlowSeeds.december(store, sources);
            long beijing = store.valueOf("registry.talents", "110000", december).longValueExact();
            FlowYear counted = TestAccounts.as(national, () -> flows.year(FlowSeeds.YEAR, "PROVINCE", null));
            FlowYear.Row guangdongRow = counted.rows().stream().filter(r -> r.region().equals("440000")).findFirst()
                    .orElseThrow();
            signIn(national.username(), TestAccounts.PASSWORD);
            enrolSecondFactor();

            page.navigate(url("/analytics/flows?year=2004&region=440000&lang=zh-CN"));
            assertThat(page.locator("#flow-map")).hasAttribute("data-rendered", "true");
            assertThat(page.locator("#flow-map canvas").first()).isVisible();
            org.assertj.core.api.Assertions.assertThat(Integer.parseInt(page.locator("#flow-map")
                    .getAttribute("data-lines"))).isGreaterThanOrEqualTo(2);
            assertThat(page.locator("#lines-table tbody")).containsText("广东省");
            assertThat(page.locator("#flows-table tbody tr")).hasCount(31);
            Locator row = page.locator("#flows-table tr[data-region='440000'] td");
            assertThat(row.nth(0)).hasText("广东省");
            assertThat(row.nth(2)).hasText(String.valueOf(guangdongRow.outflow()));
            assertThat(row.nth(3)).hasText(String.valueOf(guangdongRow.net()));
            assertThat(row.nth(4)).hasText(String.valueOf(guangdongRow.newTalents()));
            assertThat(page.locator("#cities-table tr[data-region='440300']")).isVisible();
            assertThat(page.locator("#flows-scope")).containsText("全国各省份");
            screenshot("TalentFlowBrowserTests-map-zh");
            shot("map-zh");

            String before = page.locator("#flows-table tbody").innerText();
            page.selectOption("#year", "2005");
            page.click("#flows-show");
            assertThat(page.locator("#year")).hasValue("2005");
            assertThat(page.locator("#flows-table")).not().hasText(before);
            org.assertj.core.api.Assertions.assertThat(page.locator("#flows-table tbody").innerText())
                    .isNotEqualTo(before);

            page.click("#tab-concentration");
            assertThat(page.locator("#concentration-chart")).hasAttribute("data-rendered", "true");
            assertThat(page.locator("#concentration-chart canvas").first()).isVisible();
            Locator year2004 = page.locator("#concentration-table tr[data-year='2004'] td");
            assertThat(year2004.nth(1)).hasText("2004-12");
            // Beijing's talents are the history's
            assertThat(year2004.nth(3)).hasText(String.valueOf(beijing));
            assertThat(page.locator("#concentration-table thead")).containsText("粤港澳大湾区占比");
            shot("concentration-zh");

            page.navigate(url("/analytics/flows?year=2004&lang=en"));
            assertThat(page.locator("#flow-map")).hasAttribute("data-rendered", "true");
            assertThat(page.locator(".card-header").filter(new Locator.FilterOptions().setHasText(
                    "Flows by province in 2004"))).hasCount(1);
            assertThat(page.locator("#flows-table tr[data-region='440000'] td").nth(0)).hasText("Guangdong");
            shot("map-en");
            page.navigate(url("/analytics/flows?year=1999&lang=en"));
            assertThat(page.locator("#flows-refusal")).containsText("The year must be from 2000 to");
            page.click("#tab-concentration");
            assertThat(page.locator("#concentration-chart")).hasAttribute("data-rendered", "true");
            assertThat(page.locator("h2")).containsText("Concentration in Beijing, Shanghai and the Greater Bay Area");
            assertThat(page.locator("#concentration-table thead")).containsText("Greater Bay Area share");
            shot("concentration-en");

            page.click("#user-menu");
            page.click("#logout");
            signIn(guangdong.username(), TestAccounts.PASSWORD);
            enrolSecondFactor();
            page.navigate(url("/analytics/flows?year=2004&lang=zh-CN"));
            assertThat(page.locator("#flows-table tbody tr")).hasCount(1);
            assertThat(page.locator("#flows-table tr[data-region='440000']")).isVisible();
            assertThat(page.locator("#cities-table tr[data-region='440100']")).isVisible();
            assertThat(page.locator("#tab-concentration")).hasCount(0);
            assertThat(page.locator("#flow-map")).hasAttribute("data-rendered", "true");
            assertThat(page.locator("#flows-scope")).containsText("本省");
            shot("province-zh");
        } finally {
            seeds.remove();
        }
    }

    /** A copy of the screenshot where the helper's reviewers look. */
    private void shot(String name) throws Exception {
        Path file = Paths.get("/tmp/shots/flows", name + ".png");
        Files.createDirectories(file.getParent());
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
