package org.iptalent.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The forecasts' API: a province's city forecast with its method, parameters, intervals and backtest; too little
 * history a 422 in Chinese and in English; another province 404, a horizon past five years 400, an unknown measure a
 * 400 naming the parameter and its values (and the page's unknown view said in words), the province's teams all at
 * once, and a talent's account refused.
 */
@PlatformTest
class ForecastApiTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    SnapshotStore store;

    @Test
    void aProvinceReadsItsForecastsAndIsToldWhenThereIsTooLittleHistory() {
        UserSummary guangdong = accounts.active("fapi.gd", Role.PROVINCIAL_ADMIN, "440000");
        UserSummary talent = accounts.active("fapi.talent", Role.TALENT, "440100");
        ForecastHistories.write(store, guangdong.id());
        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(guangdong.id(), "test").token();

        Http.Response ok = http.get("/api/v1/forecasts?region=" + ForecastHistories.RISING + "&team="
                + ForecastHistories.TEAM + "&horizon=2", "Authorization", token);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode forecast = ok.json();
        assertThat(forecast.get("method").asString()).isEqualTo("ETS(A,Ad,N)");
        assertThat(forecast.get("source").asString()).isEqualTo("registry.team.PROTECTION");
        assertThat(forecast.get("parameters").get("phi").asDouble()).isBetween(0.8, 0.98);
        assertThat(forecast.get("backtest").get("mase").asDouble()).isPositive().isLessThan(1.5);
        assertThat(forecast.get("backtest").get("origins").asInt()).isEqualTo(12);
        JsonNode history = forecast.get("history");
        assertThat(history.size()).isGreaterThanOrEqualTo(36);
        assertThat(history.get(history.size() - 1).get("month").asString())
                .isEqualTo(YearMonth.now().minusMonths(1).toString());
        assertThat(history.get(history.size() - 1).get("value").asDouble()).isEqualTo(100 + 3 * 35 + 3);
        JsonNode points = forecast.get("points");
        assertThat(points.size()).isEqualTo(24);
        assertThat(points.get(0).get("month").asString()).isEqualTo(YearMonth.now().toString());
        for (JsonNode point : points) {
            assertThat(point.get("low95").asDouble()).isLessThanOrEqualTo(point.get("low80").asDouble());
            assertThat(point.get("low80").asDouble()).isLessThanOrEqualTo(point.get("value").asDouble());
            assertThat(point.get("value").asDouble()).isLessThanOrEqualTo(point.get("high80").asDouble());
            assertThat(point.get("high80").asDouble()).isLessThanOrEqualTo(point.get("high95").asDouble());
        }
        double firstWidth = points.get(0).get("high95").asDouble() - points.get(0).get("low95").asDouble();
        double lastWidth = points.get(23).get("high95").asDouble() - points.get(23).get("low95").asDouble();
        assertThat(lastWidth).isGreaterThan(firstWidth);
        assertThat(points.get(23).get("value").asDouble()).isGreaterThan(200);

        Http.Response zh = http.get("/api/v1/forecasts?region=" + ForecastHistories.SHORT + "&team="
                + ForecastHistories.TEAM, "Authorization", token, "Accept-Language", "zh-CN");
        assertThat(zh.status()).isEqualTo(422);
        assertThat(zh.header("Content-Type")).contains("application/problem+json");
        assertThat(zh.json().get("detail").asString())
                .isEqualTo("历史数据太少，无法预测：只有 12 个月的连续历史，至少需要 24 个月。");
        Http.Response en = http.get("/api/v1/forecasts?region=" + ForecastHistories.SHORT + "&team="
                + ForecastHistories.TEAM, "Authorization", token, "Accept-Language", "en");
        assertThat(en.status()).isEqualTo(422);
        assertThat(en.json().get("detail").asString())
                .isEqualTo("Too little history to forecast: only 12 months in a row, and at least 24 are needed.");

        assertThat(http.get("/api/v1/forecasts?region=320000", "Authorization", token).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/forecasts?region=000000", "Authorization", token).status()).isEqualTo(404);
        Http.Response far = http.get("/api/v1/forecasts?horizon=6", "Authorization", token, "Accept-Language", "en");
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.body()).contains("The horizon must be 1 to 5 years.");
        Http.Response team = http.get("/api/v1/forecasts?team=NOPE", "Authorization", token);
        assertThat(team.status()).isEqualTo(400);

        Http.Response demand = http.get("/api/v1/forecasts?measure=DEMAND&region=" + ForecastHistories.RISING
                + "&team=" + ForecastHistories.TEAM + "&horizon=1", "Authorization", token);
        assertThat(demand.status()).as(demand.body()).isEqualTo(200);
        assertThat(demand.json().get("measure").asString()).isEqualTo("DEMAND");
        assertThat(demand.json().get("source").asString()).isEqualTo("demand.team.PROTECTION");
        assertThat(demand.json().get("history").get(35).get("value").asDouble()).isEqualTo(250);

        Http.Response gap = http.get("/api/v1/forecasts/gap?region=" + ForecastHistories.RISING + "&team="
                + ForecastHistories.TEAM + "&horizon=2", "Authorization", token);
        assertThat(gap.status()).as(gap.body()).isEqualTo(200);
        assertThat(gap.json().get("supply").get("measure").asString()).isEqualTo("SUPPLY");
        assertThat(gap.json().get("demand").get("measure").asString()).isEqualTo("DEMAND");
        JsonNode gapPoints = gap.json().get("points");
        assertThat(gapPoints.size()).isEqualTo(24);
        assertThat(gapPoints.get(0).get("month").asString()).isEqualTo(YearMonth.now().toString());
        for (JsonNode point : gapPoints) {
            double value = point.get("gap").asDouble();
            assertThat(value).isCloseTo(point.get("demand").asDouble() - point.get("supply").asDouble(),
                    org.assertj.core.data.Offset.offset(0.2));
            assertThat(point.get("low95").asDouble()).isLessThanOrEqualTo(point.get("low80").asDouble());
            assertThat(point.get("low80").asDouble()).isLessThanOrEqualTo(value);
            assertThat(value).isLessThanOrEqualTo(point.get("high80").asDouble());
            assertThat(point.get("high80").asDouble()).isLessThanOrEqualTo(point.get("high95").asDouble());
        }
        // the demand ends 42 above the supply and grows faster: a shortage all along
        assertThat(gapPoints.get(0).get("gap").asDouble()).isPositive();
        assertThat(gapPoints.get(23).get("gap").asDouble()).isPositive();
        Http.Response noDemand = http.get("/api/v1/forecasts/gap?region=" + ForecastHistories.SHORT + "&team="
                + ForecastHistories.TEAM, "Authorization", token, "Accept-Language", "en");
        assertThat(noDemand.status()).isEqualTo(422);
        assertThat(noDemand.json().get("detail").asString()).startsWith("Too little history to forecast");
        Http.Response measureZh = http.get("/api/v1/forecasts?measure=NOPE", "Authorization", token,
                "Accept-Language", "zh-CN");
        assertThat(measureZh.status()).isEqualTo(400);
        assertThat(measureZh.header("Content-Type")).contains("application/problem+json");
        assertThat(measureZh.json().get("detail").asString())
                .isEqualTo("参数 measure 的值“NOPE”不存在，应为 SUPPLY（人才供给）或 DEMAND（用人需求）。");
        assertThat(measureZh.json().get("errors").get(0).get("field").asString()).isEqualTo("measure");
        Http.Response measureEn = http.get("/api/v1/forecasts/all?measure=supply", "Authorization", token,
                "Accept-Language", "en");
        assertThat(measureEn.status()).isEqualTo(400);
        assertThat(measureEn.json().get("detail").asString()).isEqualTo("The parameter measure has no value "
                + "\"supply\": it must be SUPPLY (the supply of talents) or DEMAND (the demand for staff).");
        // the contract still names the two values a client may send
        JsonNode measureParameter = null;
        for (JsonNode parameter : http.get("/api/docs").json().get("paths").get("/api/v1/forecasts").get("get")
                .get("parameters")) {
            measureParameter = "measure".equals(parameter.get("name").asString()) ? parameter : measureParameter;
        }
        assertThat(measureParameter).isNotNull();
        assertThat(measureParameter.get("schema").get("enum").toString()).isEqualTo("[\"SUPPLY\",\"DEMAND\"]");

        Http.Response all = http.get("/api/v1/forecasts/all?horizon=1", "Authorization", token);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().size()).isEqualTo(5);
        assertThat(all.json().findValuesAsString("region")).containsOnly("440000");
        assertThat(all.json().findValuesAsString("team")).containsExactly("PROTECTION", "APPLICATION",
                "PUBLIC_SERVICE", "INTERNATIONAL", "BASIC");

        // the page's own parameter, view, is refused in words on the page, naming its three choices
        Http browser = new Http(port);
        browser.signInEnrolling(guangdong.username(), TestAccounts.PASSWORD);
        assertThat(browser.get("/analytics/forecasts?view=NOPE&lang=en").body()).contains("id=\"forecast-refusal\"",
                "The parameter view has no value &quot;NOPE&quot;: it must be SUPPLY", "or GAP (the gap between them).")
                .doesNotContain("id=\"forecast-chart\"");

        String talentToken = "Bearer " + tokens.issue(talent.id(), "test").token();
        assertThat(http.get("/api/v1/forecasts", "Authorization", talentToken).status()).isEqualTo(403);
    }
}
