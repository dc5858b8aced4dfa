package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.options.BoundingBox;
import org.iptalent.analytics.supplydemand.SupplyDemandSeed;
import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The supply-versus-demand map in Chromium, in Chinese and English: the national office's map of China renders, the
 * team switch changes the figures (to the database's), a click on Xinjiang on the map drills into its cities' map and
 * the link back returns to the provinces; a provincial office opens on its own province's cities.
 */
@PlatformTest
class SupplyDemandBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMapRendersSwitchesTeamAndDrillsIntoAProvince() {
        SupplyDemandSeed.write(jdbc);
        UserSummary national = accounts.active("sdbt.cn", Role.NATIONAL_ADMIN, null);
        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();

        for (String lang : List.of("zh-CN", "en")) {
            boolean english = "en".equals(lang);
            page.navigate(url("/analytics/supply-demand?year=2031&measure=demand&lang=" + lang));
            assertThat(page.locator("#sd-map")).hasAttribute("data-ready", "true");
            assertThat(page.locator("#sd-map canvas")).isVisible();
            assertThat(page.locator("#sd-table tbody tr")).hasCount(31);
            assertThat(page.locator("#sd-map-title")).hasText(english ? "Provinces" : "各省份");
            assertThat(page.locator("#sd-industries canvas")).isVisible();
            String allTeams = page.locator("#sd-row-650000 .sd-demand").getAttribute("data-value");

            page.selectOption("#sd-team", "PROTECTION");
            page.click("#sd-show");
            page.waitForURL(address -> address.contains("team=PROTECTION"));
            assertThat(page.locator("#sd-team")).hasValue("PROTECTION");
            assertThat(page.locator("#sd-map")).hasAttribute("data-ready", "true");
            String protection = page.locator("#sd-row-650000 .sd-demand").getAttribute("data-value");
            assertThat(protection).isNotEqualTo(allTeams);
            assertThat(Long.parseLong(protection)).isEqualTo(jdbc.queryForObject("select sum(headcount) from "
                    + "demand_report where survey_year = 2031 and horizon = 'NOW' and province_code = '650000' and "
                    + "team = 'PROTECTION'", Long.class));
            assertThat(page.locator("#sd-row-650000 .sd-supply")).hasAttribute("data-value", String.valueOf(
                    jdbc.queryForObject("select count(distinct t.id) from talent t join talent_category c on "
                            + "c.talent_id = t.id where t.status = 'ACTIVE' and t.merged_into_id is null and "
                            + "t.province_code = '650000' and c.team = 'PROTECTION'", Long.class)));
            screenshot("SupplyDemandBrowserTests-provinces-" + lang);
            page.locator("#sd-industries").scrollIntoViewIfNeeded();
            screenshot("SupplyDemandBrowserTests-industries-" + lang);
            page.evaluate("() => window.scrollTo(0, 0)");

            // Urumqi lies in Xinjiang: a click there on the map opens Xinjiang's cities
            Object point = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('sd-map'))"
                    + ".convertToPixel({seriesIndex: 0}, [87.6, 43.8])");
            List<?> xy = (List<?>) point;
            BoundingBox box = page.locator("#sd-map").boundingBox();
            page.mouse().click(box.x + ((Number) xy.get(0)).doubleValue(), box.y + ((Number) xy.get(1)).doubleValue());
            page.waitForURL(url -> url.contains("region=650000"));
            assertThat(page.locator("#sd-map")).hasAttribute("data-ready", "true");
            assertThat(page.locator("#sd-map canvas")).isVisible();
            assertThat(page.locator("#sd-map-title")).containsText(english ? "Cities of" : "各地市");
            assertThat(page.locator("#sd-row-" + SupplyDemandSeed.URUMQI)).isVisible();
            assertThat(page.locator("#sd-team")).hasValue("PROTECTION");
            screenshot("SupplyDemandBrowserTests-cities-" + lang);

            page.click("#sd-back");
            page.waitForURL(address -> address.contains("level=PROVINCE"));
            assertThat(page.locator("#sd-table tbody tr")).hasCount(31);
        }
    }

    @Test
    void aProvinceOpensOnItsOwnCities() {
        UserSummary xinjiang = accounts.active("sdbt.xj", Role.PROVINCIAL_ADMIN, SupplyDemandSeed.PROVINCE);
        signIn(xinjiang.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/analytics/supply-demand?lang=en"));
        assertThat(page.locator("#sd-map")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#sd-row-" + SupplyDemandSeed.URUMQI)).isVisible();
        assertThat(page.locator("#sd-back")).hasCount(0);
        assertThat(page.locator("#sd-row-440000")).hasCount(0);
        page.navigate(url("/analytics/supply-demand?level=CITY&region=440000&lang=en"));
        assertThat(page.locator("#sd-map")).hasCount(0);
    }
}
