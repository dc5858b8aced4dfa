package org.iptalent.analytics.supplydemand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The supply-versus-demand API against direct SQL counts over seeded talents and demand: a province's cities and the
 * country's provinces for a team, a category and an industry, the seed's own figures as the difference it makes, and
 * the refusals (another province 404, unknown codes and a category of another team 400, in Chinese and English; a
 * talent's account 403).
 */
@PlatformTest
class SupplyDemandApiTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFiguresAreTheDatabasesCountsInTheUsersRegion() {
        UserSummary xinjiang = accounts.active("sdapi.xj", Role.PROVINCIAL_ADMIN, SupplyDemandSeed.PROVINCE);
        UserSummary national = accounts.active("sdapi.cn", Role.NATIONAL_ADMIN, null);
        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(xinjiang.id(), "test").token();
        String cities = "/api/v1/supply-demand?level=CITY&region=650000&team=PROTECTION&year=2031&horizon=NOW";
        Map<String, long[]> before = rows(http.get(cities, "Authorization", token).json());

        SupplyDemandSeed.write(jdbc);

        Http.Response ok = http.get(cities, "Authorization", token);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode view = ok.json();
        assertThat(view.get("level").asString()).isEqualTo("CITY");
        assertThat(view.get("region").asString()).isEqualTo("650000");
        Map<String, long[]> after = rows(view);
        // what the seed added: Urumqi 3 talents (one of two categories counted once; the other team's, the one who
        // left and the merged one not) against 11 needed; Karamay 1 against 2; the province with no city 1 against 5
        assertThat(minus(after.get(SupplyDemandSeed.URUMQI), before.get(SupplyDemandSeed.URUMQI)))
                .containsExactly(3, 11);
        assertThat(minus(after.get(SupplyDemandSeed.KARAMAY), before.get(SupplyDemandSeed.KARAMAY)))
                .containsExactly(1, 2);
        assertThat(minus(after.get(SupplyDemandSeed.PROVINCE), before.get(SupplyDemandSeed.PROVINCE)))
                .containsExactly(1, 5);
        // every row is the database's count, written another way
        Map<String, Long> supply = sqlSupply("t.region_code", "t.province_code = '650000'", "c.team = 'PROTECTION'");
        Map<String, Long> demand = sqlDemand("coalesce(city_code, province_code)", "province_code = '650000'",
                "team = 'PROTECTION'", "NOW");
        long totalSupply = 0;
        long totalDemand = 0;
        for (JsonNode row : view.get("rows")) {
            String region = row.get("region").asString();
            assertThat(row.get("supply").asLong()).as(region).isEqualTo(supply.getOrDefault(region, 0L));
            assertThat(row.get("demand").asLong()).as(region).isEqualTo(demand.getOrDefault(region, 0L));
            assertThat(row.get("gap").asLong()).isEqualTo(row.get("demand").asLong() - row.get("supply").asLong());
            totalSupply += row.get("supply").asLong();
            totalDemand += row.get("demand").asLong();
        }
        assertThat(view.get("rows").size()).isEqualTo(jdbc.queryForObject(
                "select count(*) from ref_division where parent_code = '650000'", Integer.class) + 1);
        assertThat(supply.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(totalSupply);
        assertThat(view.get("totals").get("supply").asLong()).isEqualTo(totalSupply);
        assertThat(view.get("totals").get("demand").asLong()).isEqualTo(totalDemand);

        // a category and an industry: Urumqi's mediators in research (the seed: 2 against 7 now, 30 in three years)
        Http.Response narrow = http.get("/api/v1/supply-demand?level=CITY&region=650100&team=PROTECTION"
                + "&category=PROT_MEDIATOR&industry=73&year=2031", "Authorization", token);
        assertThat(narrow.status()).as(narrow.body()).isEqualTo(200);
        assertThat(narrow.json().get("rows").size()).isEqualTo(1);
        JsonNode urumqi = narrow.json().get("rows").get(0);
        assertThat(urumqi.get("supply").asLong()).isEqualTo(sqlSupply("t.region_code", "t.region_code = '650100' "
                + "and t.industry_code = '73'", "c.category = 'PROT_MEDIATOR'").get("650100"));
        assertThat(urumqi.get("demand").asLong()).isEqualTo(sqlDemand("city_code", "city_code = '650100' and "
                + "industry_code = '73'", "category = 'PROT_MEDIATOR'", "NOW").get("650100")).isGreaterThanOrEqualTo(7);
        Http.Response later = http.get("/api/v1/supply-demand?level=CITY&region=650100&category=PROT_MEDIATOR"
                + "&industry=73&year=2031&horizon=Y3", "Authorization", token);
        assertThat(later.json().get("rows").get(0).get("demand").asLong()).isEqualTo(sqlDemand("city_code",
                "city_code = '650100' and industry_code = '73'", "category = 'PROT_MEDIATOR'", "Y3").get("650100"))
                .isGreaterThanOrEqualTo(30);

        // the national office: every province, each the database's count
        String nationalToken = "Bearer " + tokens.issue(national.id(), "test").token();
        Http.Response country = http.get("/api/v1/supply-demand?team=PROTECTION&year=2031", "Authorization",
                nationalToken);
        assertThat(country.status()).as(country.body()).isEqualTo(200);
        assertThat(country.json().get("level").asString()).isEqualTo("PROVINCE");
        assertThat(country.json().get("rows").size()).isEqualTo(31);
        Map<String, Long> provinces = sqlSupply("t.province_code", "true", "c.team = 'PROTECTION'");
        Map<String, Long> provinceDemand = sqlDemand("province_code", "true", "team = 'PROTECTION'", "NOW");
        for (JsonNode row : country.json().get("rows")) {
            String region = row.get("region").asString();
            assertThat(row.get("supply").asLong()).as(region).isEqualTo(provinces.getOrDefault(region, 0L));
            assertThat(row.get("demand").asLong()).as(region).isEqualTo(provinceDemand.getOrDefault(region, 0L));
        }
        // a provincial office's provinces: its own alone
        Http.Response own = http.get("/api/v1/supply-demand?level=PROVINCE&team=PROTECTION&year=2031",
                "Authorization", token);
        assertThat(own.json().get("rows").size()).isEqualTo(1);
        assertThat(own.json().get("rows").get(0).get("supply").asLong())
                .isEqualTo(provinces.get(SupplyDemandSeed.PROVINCE));
    }

    @Test
    void anotherRegionUnknownCodesAndTalentsAreRefused() {
        UserSummary xinjiang = accounts.active("sdapi.xj2", Role.PROVINCIAL_ADMIN, SupplyDemandSeed.PROVINCE);
        UserSummary urumqi = accounts.active("sdapi.urumqi", Role.CITY_ADMIN, SupplyDemandSeed.URUMQI);
        UserSummary talent = accounts.active("sdapi.talent", Role.TALENT, SupplyDemandSeed.URUMQI);
        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(xinjiang.id(), "test").token();

        Http.Response zh = http.get("/api/v1/supply-demand?level=CITY&region=440000", "Authorization", token,
                "Accept-Language", "zh-CN");
        assertThat(zh.status()).isEqualTo(404);
        assertThat(zh.header("Content-Type")).contains("application/problem+json");
        assertThat(zh.json().get("detail").asString()).isEqualTo("资源不存在，或不在您的管辖范围内。");
        Http.Response en = http.get("/api/v1/supply-demand?level=CITY&region=440100", "Authorization", token,
                "Accept-Language", "en");
        assertThat(en.status()).isEqualTo(404);
        assertThat(en.json().get("detail").asString()).isEqualTo("The resource does not exist or is outside your scope.");

        Http.Response team = http.get("/api/v1/supply-demand?team=NOPE&industry=99", "Authorization", token,
                "Accept-Language", "en");
        assertThat(team.status()).isEqualTo(400);
        assertThat(team.json().get("errors").findValuesAsString("message"))
                .containsExactly("There is no code \"NOPE\".", "There is no code \"99\".");
        Http.Response teamZh = http.get("/api/v1/supply-demand?team=NOPE", "Authorization", token,
                "Accept-Language", "zh-CN");
        assertThat(teamZh.status()).isEqualTo(400);
        assertThat(teamZh.json().get("errors").findValuesAsString("message")).containsExactly("代码“NOPE”不存在。");
        Http.Response mixed = http.get("/api/v1/supply-demand?team=BASIC&category=PROT_MEDIATOR", "Authorization",
                token, "Accept-Language", "zh-CN");
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.json().get("detail").asString()).isEqualTo("人才类别“PROT_MEDIATOR”不属于人才队伍“BASIC”。");
        Http.Response level = http.get("/api/v1/supply-demand?level=COUNTY", "Authorization", token,
                "Accept-Language", "en");
        assertThat(level.status()).isEqualTo(400);
        assertThat(level.json().get("detail").asString()).isEqualTo("There is no level \"COUNTY\": it is PROVINCE or CITY.");
        Http.Response horizon = http.get("/api/v1/supply-demand?horizon=Y2", "Authorization", token,
                "Accept-Language", "en");
        assertThat(horizon.status()).isEqualTo(400);
        assertThat(horizon.json().get("detail").asString()).contains("\"Y2\"");

        // a city office sees its city, not its province's other cities nor the provinces
        String cityToken = "Bearer " + tokens.issue(urumqi.id(), "test").token();
        Http.Response city = http.get("/api/v1/supply-demand", "Authorization", cityToken);
        assertThat(city.status()).as(city.body()).isEqualTo(200);
        assertThat(city.json().get("rows").findValuesAsString("region")).containsExactly(SupplyDemandSeed.URUMQI);
        assertThat(http.get("/api/v1/supply-demand?level=CITY&region=650000", "Authorization", cityToken).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/supply-demand?level=PROVINCE", "Authorization", cityToken).status())
                .isEqualTo(404);

        String talentToken = "Bearer " + tokens.issue(talent.id(), "test").token();
        assertThat(http.get("/api/v1/supply-demand", "Authorization", talentToken).status()).isEqualTo(403);
    }

    private static Map<String, long[]> rows(JsonNode view) {
        Map<String, long[]> rows = new HashMap<>();
        for (JsonNode row : view.get("rows")) {
            rows.put(row.get("region").asString(), new long[] {row.get("supply").asLong(), row.get("demand").asLong()});
        }
        return rows;
    }

    private static long[] minus(long[] after, long[] before) {
        long[] base = before == null ? new long[2] : before;
        return new long[] {after[0] - base[0], after[1] - base[1]};
    }

    /** The active talents, grouped, with a join and a distinct count (not the service's statement). */
    private Map<String, Long> sqlSupply(String group, String where, String category) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select " + group + ", count(distinct t.id) from talent t join talent_category c on c.talent_id = "
                + "t.id where t.status = 'ACTIVE' and t.merged_into_id is null and " + where + " and " + category
                + " group by 1", rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private Map<String, Long> sqlDemand(String group, String where, String team, String horizon) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select " + group + ", sum(headcount) from demand_report where survey_year = 2031 and horizon = '"
                + horizon + "' and " + where + " and " + team + " group by 1", rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
