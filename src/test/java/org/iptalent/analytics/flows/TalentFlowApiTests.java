package org.iptalent.analytics.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.history.SnapshotStore;
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
 * The talent flows' API over talents and moves seeded in 2004 ({@link FlowSeeds}): each province's and city's inflow,
 * outflow, net and new talents grow by what was seeded, years cut at midnight in Beijing, and every province's figures
 * equal direct SQL over the registry's tables; the concentration's talents are the monthly history's (who was there
 * at the year's end: a talent who left is gone) and its net inflow the year's moves; a province sees its
 * own row and lines, a city its city, another province's cities are not found, employers and talents are refused, and
 * bad years, levels and regions are 400 problems in Chinese and English.
 */
@PlatformTest
class TalentFlowApiTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SnapshotStore store;
    @Autowired
    List<IndicatorSource> sources;

    @Test
    void theFiguresGrowByWhatWasSeededAndEqualDirectCounts() {
        UserSummary national = accounts.active("flapi.nat", Role.NATIONAL_ADMIN, null);
        Http http = new Http(port);
        String auth = "Bearer " + tokens.issue(national.id(), "test").token();
        Map<String, long[]> provinces2004 = rows(get(http, auth, "/api/v1/talent-flows?year=2004"));
        Map<String, long[]> provinces2005 = rows(get(http, auth, "/api/v1/talent-flows?year=2005"));
        Map<String, long[]> provinces2003 = rows(get(http, auth, "/api/v1/talent-flows?year=2003"));
        Map<String, long[]> cities2004 = rows(get(http, auth, "/api/v1/talent-flows?year=2004&level=CITY&region=440000"));
        Map<String, Long> lines2004 = lines(get(http, auth, "/api/v1/talent-flows?year=2004"));
        FlowSeeds seeds = new FlowSeeds(jdbc).write();
        try {
            JsonNode year = get(http, auth, "/api/v1/talent-flows?year=2004");
            assertThat(year.get("level").asString()).isEqualTo("PROVINCE");
            assertThat(year.get("rows").size()).isEqualTo(31);
            Map<String, long[]> after = rows(year);
            // inflow, outflow, net, new
            assertThat(delta(after, provinces2004, "440000")).containsExactly(0, 2, -2, 6);
            assertThat(delta(after, provinces2004, "110000")).containsExactly(2, 1, 1, 3);
            assertThat(delta(after, provinces2004, "510000")).containsExactly(1, 0, 1, 2);
            assertThat(delta(after, provinces2004, "310000")).as("a talent who left was new all the same")
                    .containsExactly(0, 0, 0, 1);
            assertThat(delta(rows(get(http, auth, "/api/v1/talent-flows?year=2005")), provinces2005, "310000"))
                    .containsExactly(1, 0, 1, 0);
            assertThat(delta(rows(get(http, auth, "/api/v1/talent-flows?year=2003")), provinces2003, "440000"))
                    .as("half an hour into 2004 in Beijing is 2004").containsExactly(0, 0, 0, 0);
            Map<String, Long> lines = lines(year);
            assertThat(lines.get("440000>110000") - lines2004.getOrDefault("440000>110000", 0L)).isEqualTo(2);
            assertThat(lines.get("110000>510000") - lines2004.getOrDefault("110000>510000", 0L)).isEqualTo(1);
            assertThat(lines.keySet()).noneMatch(k -> k.startsWith("440000>440000"));
            JsonNode total = year.get("total");
            assertThat(total.get("inflow").asLong()).as("between provinces, what one gains another loses")
                    .isEqualTo(total.get("outflow").asLong());

            Map<String, long[]> cities = rows(get(http, auth,
                    "/api/v1/talent-flows?year=2004&level=CITY&region=440000"));
            assertThat(delta(cities, cities2004, "440100")).containsExactly(0, 3, -3, 5);
            assertThat(delta(cities, cities2004, "440300")).containsExactly(1, 0, 1, 1);

            // every province's figures as direct SQL counts them
            Map<String, long[]> direct = direct();
            for (Map.Entry<String, long[]> row : after.entrySet()) {
                assertThat(row.getValue()).as(row.getKey()).containsExactly(
                        direct.getOrDefault(row.getKey(), new long[4]));
            }

            YearMonth december = FlowSeeds.december(store, sources);
            JsonNode concentration = get(http, auth, "/api/v1/talent-flows/concentration");
            assertThat(concentration.get("areas").get(0).asString()).isEqualTo("BEIJING");
            JsonNode now = yearOf(concentration, 2004);
            assertThat(now.get("month").asString()).isEqualTo("2004-12");
            // the stocks are the history's values, the bay the sum of its nine cities'
            assertThat(now.get("country").asLong()).isEqualTo(history(december, "000000"));
            assertThat(now.get("talents").get(0).asLong()).isEqualTo(history(december, "110000"));
            assertThat(now.get("talents").get(1).asLong()).isEqualTo(history(december, "310000"));
            assertThat(now.get("talents").get(2).asLong()).isEqualTo(List.of("440100", "440300", "440400",
                    "440600", "441300", "441900", "442000", "440700", "441200").stream()
                    .mapToLong(c -> history(december, c)).sum());
            // which are who was there at the year's end: Beijing's three, two moved in, one out; Shanghai's one
            // talent of the year left in October and no longer counts (joins and moves alone gave it one)
            assertThat(now.get("country").asLong()).isEqualTo(11);
            assertThat(now.get("talents").get(0).asLong()).isEqualTo(4);
            assertThat(now.get("talents").get(1).asLong()).as("the talent who left").isZero();
            assertThat(now.get("talents").get(2).asLong()).isEqualTo(4);
            assertThat(now.get("shares").get(0).asDouble()).isEqualTo(36.36);
            assertThat(now.get("shares").get(1).asDouble()).isZero();
            // net inflow from the year's moves alone: Beijing two in, one out; the bay two out to Beijing, its move
            // from Guangzhou to Shenzhen stays inside; Shanghai's move in came in 2005
            assertThat(now.get("netInflow").get(0).asLong()).isEqualTo(1);
            assertThat(now.get("netInflow").get(1).asLong()).isZero();
            assertThat(now.get("netInflow").get(2).asLong()).as("Guangzhou to Shenzhen stays in the bay")
                    .isEqualTo(-2);
            assertThat(yearOf(concentration, 2005)).as("a year with moves the history does not cover is left out")
                    .isNull();
        } finally {
            seeds.remove();
        }
    }

    @Test
    void eachAdministrationSeesItsOwnRegionAndBadInputIsRefusedInWords() {
        UserSummary national = accounts.active("flscope.nat", Role.NATIONAL_ADMIN, null);
        UserSummary guangdong = accounts.active("flscope.gd", Role.PROVINCIAL_ADMIN, "440000");
        UserSummary guangzhou = accounts.active("flscope.gz", Role.CITY_ADMIN, "440100");
        UserSummary talent = accounts.active("flscope.talent", Role.TALENT, "440100");
        UserSummary employer = accounts.active("flscope.employer", Role.EMPLOYER, "440100");
        Http http = new Http(port);
        String nat = "Bearer " + tokens.issue(national.id(), "test").token();
        String gd = "Bearer " + tokens.issue(guangdong.id(), "test").token();
        String gz = "Bearer " + tokens.issue(guangzhou.id(), "test").token();
        FlowSeeds seeds = new FlowSeeds(jdbc).write();
        try {
            JsonNode province = get(http, gd, "/api/v1/talent-flows?year=2004");
            assertThat(province.get("rows").findValuesAsString("region")).containsExactly("440000");
            assertThat(province.get("rows").get(0).toString()).isEqualTo(
                    rowOf(get(http, nat, "/api/v1/talent-flows?year=2004"), "440000").toString());
            assertThat(province.get("lines").size()).isPositive();
            for (JsonNode line : province.get("lines")) {
                assertThat(List.of(line.get("from").asString(), line.get("to").asString())).contains("440000");
            }
            JsonNode cities = get(http, gd, "/api/v1/talent-flows?year=2004&level=CITY");
            assertThat(cities.get("region").asString()).isEqualTo("440000");
            assertThat(cities.get("rows").findValuesAsString("region")).contains("440100", "440300")
                    .allMatch(r -> r.startsWith("44"));
            assertThat(http.get("/api/v1/talent-flows?year=2004&level=CITY&region=110000", "Authorization", gd)
                    .status()).isEqualTo(404);
            Http.Response concentration = http.get("/api/v1/talent-flows/concentration", "Authorization", gd,
                    "Accept-Language", "en");
            assertThat(concentration.status()).isEqualTo(403);
            assertThat(concentration.json().get("detail").asString()).contains("only the national administrator");

            JsonNode city = get(http, gz, "/api/v1/talent-flows?year=2004");
            assertThat(city.get("level").asString()).isEqualTo("CITY");
            assertThat(city.get("rows").findValuesAsString("region")).containsExactly("440100");
            for (JsonNode line : city.get("lines")) {
                assertThat(List.of(line.get("from").asString(), line.get("to").asString())).contains("440100");
            }
            Http.Response cityProvinces = http.get("/api/v1/talent-flows?year=2004&level=PROVINCE",
                    "Authorization", gz, "Accept-Language", "zh-CN");
            assertThat(cityProvinces.status()).isEqualTo(403);
            assertThat(cityProvinces.json().get("detail").asString()).isEqualTo("市级管理员只能查看本市的人才流动（CITY）。");
            assertThat(http.get("/api/v1/talent-flows?level=CITY&region=320000", "Authorization", gz).status())
                    .isEqualTo(404);

            for (UserSummary refused : List.of(talent, employer)) {
                String token = "Bearer " + tokens.issue(refused.id(), "test").token();
                assertThat(http.get("/api/v1/talent-flows", "Authorization", token).status()).isEqualTo(403);
            }

            int next = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1;
            Http.Response zh = http.get("/api/v1/talent-flows?year=1999", "Authorization", nat, "Accept-Language",
                    "zh-CN");
            assertThat(zh.status()).isEqualTo(400);
            assertThat(zh.header("Content-Type")).contains("application/problem+json");
            assertThat(zh.json().get("detail").asString()).isEqualTo("年度须在 2000 至 " + (next - 1) + " 年之间。");
            Http.Response en = http.get("/api/v1/talent-flows?year=" + next, "Authorization", nat,
                    "Accept-Language", "en");
            assertThat(en.status()).isEqualTo(400);
            assertThat(en.json().get("detail").asString()).isEqualTo("The year must be from 2000 to " + (next - 1)
                    + ".");
            assertThat(http.get("/api/v1/talent-flows?year=abc", "Authorization", nat).status()).isEqualTo(400);
            Http.Response level = http.get("/api/v1/talent-flows?level=STREET", "Authorization", nat,
                    "Accept-Language", "en");
            assertThat(level.status()).isEqualTo(400);
            assertThat(level.json().get("detail").asString()).isEqualTo(
                    "There is no level \"STREET\": it must be PROVINCE or CITY.");
            assertThat(http.get("/api/v1/talent-flows?level=CITY", "Authorization", nat, "Accept-Language", "en")
                    .json().get("detail").asString()).isEqualTo("Name the province whose cities to show.");
            assertThat(http.get("/api/v1/talent-flows?level=CITY&region=440100", "Authorization", nat,
                    "Accept-Language", "zh-CN").json().get("detail").asString())
                    .isEqualTo("地区“440100”不是省级行政区：查看城市明细须指定省份。");
            assertThat(http.get("/api/v1/talent-flows?level=CITY&region=999999", "Authorization", nat).status())
                    .isEqualTo(404);
            assertThat(http.get("/api/v1/talent-flows?region=440000", "Authorization", nat).status())
                    .isEqualTo(400);
        } finally {
            seeds.remove();
        }
    }

    private static JsonNode get(Http http, String auth, String path) {
        Http.Response response = http.get(path, "Authorization", auth);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private long history(YearMonth month, String region) {
        return store.valueOf("registry.talents", region, month).longValueExact();
    }

    private static JsonNode rowOf(JsonNode year, String region) {
        for (JsonNode row : year.get("rows")) {
            if (row.get("region").asString().equals(region)) {
                return row;
            }
        }
        return null;
    }

    private static JsonNode yearOf(JsonNode concentration, int year) {
        for (JsonNode y : concentration.get("years")) {
            if (y.get("year").asInt() == year) {
                return y;
            }
        }
        return null;
    }

    private static Map<String, long[]> rows(JsonNode year) {
        Map<String, long[]> rows = new HashMap<>();
        for (JsonNode row : year.get("rows")) {
            rows.put(row.get("region").asString(), new long[] {row.get("inflow").asLong(), row.get("outflow").asLong(),
                row.get("net").asLong(), row.get("newTalents").asLong()});
        }
        return rows;
    }

    private static Map<String, Long> lines(JsonNode year) {
        Map<String, Long> lines = new HashMap<>();
        year.get("lines").forEach(l -> lines.put(l.get("from").asString() + ">" + l.get("to").asString(),
                l.get("talents").asLong()));
        return lines;
    }

    private static long[] delta(Map<String, long[]> after, Map<String, long[]> before, String region) {
        long[] a = after.getOrDefault(region, new long[4]);
        long[] b = before.getOrDefault(region, new long[4]);
        return new long[] {a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3]};
    }

    /** Inflow, outflow, net and new talents of 2004 by province, counted here without the registry's read API. */
    private Map<String, long[]> direct() {
        String from = "2004-01-01 00:00:00+08";
        String to = "2005-01-01 00:00:00+08";
        Map<String, long[]> direct = new HashMap<>();
        jdbc.query("""
                select left(coalesce((select f.from_region_code from talent_flow f where f.talent_id = t.id
                  order by f.moved_at, f.id limit 1), t.region_code), 2) || '0000', count(*)
                from talent t where t.merged_into_id is null
                  and t.created_at >= ?::timestamptz and t.created_at < ?::timestamptz group by 1""", rs -> {
            direct.computeIfAbsent(rs.getString(1), k -> new long[4])[3] = rs.getLong(2);
        }, from, to);
        jdbc.query("""
                select left(to_region_code, 2) || '0000', left(from_region_code, 2) || '0000', count(*) from talent_flow
                where moved_at >= ?::timestamptz and moved_at < ?::timestamptz
                  and left(to_region_code, 2) <> left(from_region_code, 2) group by 1, 2""", rs -> {
            direct.computeIfAbsent(rs.getString(1), k -> new long[4])[0] += rs.getLong(3);
            direct.computeIfAbsent(rs.getString(2), k -> new long[4])[1] += rs.getLong(3);
        }, from, to);
        direct.values().forEach(v -> v[2] = v[0] - v[1]);
        return direct;
    }
}
