package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.iptalent.analytics.forecast.ForecastHistories;
import org.iptalent.identity.UserSummary;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A province's forecast page in Chromium: a city's history and forecast drawn with its interval band, the method's
 * parameters and the backtest's MASE in words, in Chinese and English; a city with too little history says so and
 * draws nothing.
 */
@PlatformTest
class ForecastBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    SnapshotStore store;

    @Test
    void aForecastShowsItsIntervalAndBacktestError() {
        UserSummary guangdong = accounts.active("fbt.gd", Role.PROVINCIAL_ADMIN, "440000");
        ForecastHistories.write(store, guangdong.id());
        signIn(guangdong.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();

        page.navigate(url("/analytics/forecasts?lang=zh-CN"));
        page.selectOption("#region", ForecastHistories.RISING);
        page.selectOption("#team", ForecastHistories.TEAM);
        page.selectOption("#horizon", "2");
        page.click("#forecast-show");
        assertThat(page.locator("#forecast-chart")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#forecast-chart canvas")).hasCount(1);
        assertThat(page.locator("#forecast-chart canvas")).isVisible();
        assertThat(page.locator("#forecast-parameters")).containsText("阻尼系数 φ");
        assertThat(page.locator("#forecast-mase")).containsText("MASE");
        assertThat(page.locator("#forecast-interval")).containsText("95% 预测区间");
        assertThat(page.locator("#forecast-table tbody tr")).hasCount(24);
        screenshot("ForecastBrowserTests-forecast-zh");

        page.navigate(url("/analytics/forecasts?region=" + ForecastHistories.RISING + "&team="
                + ForecastHistories.TEAM + "&horizon=5&lang=en"));
        assertThat(page.locator("#forecast-chart")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#forecast-mase")).containsText("Mean absolute scaled error over a rolling origin");
        assertThat(page.locator("#forecast-interval")).containsText("95% interval");
        assertThat(page.locator("#forecast-table tbody tr")).hasCount(60);
        screenshot("ForecastBrowserTests-forecast-en");

        page.selectOption("#view", "GAP");
        page.click("#forecast-show");
        assertThat(page.locator("#gap-chart")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#gap-summary")).containsText("demand is expected to exceed supply");
        assertThat(page.locator("#gap-mase-0")).containsText("Backtest MASE");
        assertThat(page.locator("#gap-mase-1")).containsText("Backtest MASE");
        assertThat(page.locator("#gap-table tbody tr")).hasCount(60);
        screenshot("ForecastBrowserTests-gap-en");
        page.navigate(url("/analytics/forecasts?region=" + ForecastHistories.RISING + "&team="
                + ForecastHistories.TEAM + "&horizon=3&view=GAP&lang=zh-CN"));
        assertThat(page.locator("#gap-summary")).containsText("人才短缺");
        assertThat(page.locator("#gap-table thead")).containsText("缺口（需求 − 供给）");
        screenshot("ForecastBrowserTests-gap-zh");

        page.navigate(url("/analytics/forecasts?region=" + ForecastHistories.SHORT + "&team="
                + ForecastHistories.TEAM + "&lang=en"));
        assertThat(page.locator("#forecast-refusal")).containsText("Too little history to forecast: only 12 months");
        assertThat(page.locator("#forecast-chart")).hasCount(0);
        page.navigate(url("/analytics/forecasts?region=" + ForecastHistories.SHORT + "&team="
                + ForecastHistories.TEAM + "&lang=zh-CN"));
        assertThat(page.locator("#forecast-refusal")).containsText("历史数据太少");
        assertThat(page.locator("#forecast-chart")).hasCount(0);
    }
}
