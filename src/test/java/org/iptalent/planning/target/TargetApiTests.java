package org.iptalent.planning.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The regional API: the breakdown scoped like every list (a province gets its province and its cities, another
 * province is 404), a target set with If-Match (412 on a stale tag, 428 without one, 403 for a city or another
 * province, 400 in words for a number no target can be), and the pages that show the same, in both languages.
 */
@PlatformTest
class TargetApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokens tokens;

    Http http;
    TargetFixtures f;
    long planId;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        f = new TargetFixtures(context);
        planId = f.plan();
    }

    private String token(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "targets").token();
    }

    private String regions(String query) {
        return "/api/v1/indicators/ip-talents/regions?plan=" + planId + query;
    }

    private String target(String region) {
        return "/api/v1/indicators/ip-talents/regions/" + region + "/target?plan=" + planId;
    }

    private static List<String> codes(JsonNode regions) {
        List<String> codes = new ArrayList<>();
        regions.forEach(r -> codes.add(r.get("code").asText()));
        return codes;
    }

    @Test
    void theBreakdownIsScopedLikeEveryList() {
        JsonNode country = http.get(regions(""), "Authorization", token(f.national)).json();
        assertThat(country.get("region").get("code").asText()).isEqualTo("000000");
        assertThat(country.get("region").get("target").decimalValue()).isEqualByComparingTo("120");
        assertThat(codes(country.get("regions"))).hasSize(31).contains("440000", "320000");
        assertThat(country.get("unit").asText()).isEqualTo("TEN_THOUSAND_PERSONS");
        assertThat(country.get("targetsSum").get("whole").decimalValue()).isEqualByComparingTo("120");

        JsonNode guangdong = http.get(regions(""), "Authorization", token(f.guangdong)).json();
        assertThat(guangdong.get("region").get("code").asText()).isEqualTo("440000");
        assertThat(codes(guangdong.get("regions"))).isNotEmpty().allMatch(c -> c.startsWith("44") && !c.equals("440000"));
        assertThat(http.get(regions("&province=320000"), "Authorization", token(f.guangdong)).status()).isEqualTo(404);
        assertThat(codes(http.get(regions("&province=320000"), "Authorization", token(f.national)).json()
                .get("regions"))).contains("320100").allMatch(c -> c.startsWith("32"));
        JsonNode city = http.get(regions(""), "Authorization", token(f.guangzhou)).json();
        assertThat(city.get("region").get("code").asText()).isEqualTo("440100");
        assertThat(city.get("regions")).isEmpty();

        assertThat(http.get(regions("&sort=password"), "Authorization", token(f.national)).status()).isEqualTo(400);
        assertThat(http.get(regions("&sort=progress,desc"), "Authorization", token(f.national)).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/indicators/no-such/regions?plan=" + planId, "Authorization",
                token(f.national)).status()).isEqualTo(404);
    }

    @Test
    void aTargetIsSetWithIfMatchAndRefusedInWords() {
        Http.Response none = http.get(target("440000"), "Authorization", token(f.national));
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.header("ETag")).isEqualTo("\"0\"");

        Http.Response assigned = http.putJson(target("440000"), Map.of("value", 10), "Authorization",
                token(f.national), "If-Match", "\"0\"");
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.header("ETag")).isEqualTo("\"1\"");
        assertThat(assigned.json().get("assigned").decimalValue()).isEqualByComparingTo("10");

        assertThat(http.putJson(target("440000"), Map.of("value", 11), "Authorization", token(f.national),
                "If-Match", "\"0\"").status()).as("stale tag").isEqualTo(412);
        assertThat(http.putJson(target("440000"), Map.of("value", 11), "Authorization", token(f.national)).status())
                .as("no tag, no version").isEqualTo(428);
        assertThat(http.putJson(target("440000"), Map.of("value", 11, "version", 0), "Authorization",
                token(f.national)).status()).as("stale version").isEqualTo(409);

        Http.Response refined = http.putJson(target("440000"), Map.of("value", 12), "Authorization",
                token(f.guangdong), "If-Match", "\"1\"");
        assertThat(refined.status()).isEqualTo(200);
        assertThat(refined.json().get("refined").decimalValue()).isEqualByComparingTo("12");
        assertThat(refined.json().get("effective").decimalValue()).isEqualByComparingTo("12");

        Http.Response other = http.putJson(target("320000"), Map.of("value", 5, "version", 0), "Authorization",
                token(f.guangdong), "Accept-Language", "zh-CN");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("detail").asText()).contains("江苏省").contains("管辖范围");
        Http.Response otherWithTag = http.putJson(target("320000"), Map.of("value", 5), "Authorization",
                token(f.guangdong), "If-Match", "\"0\"");
        assertThat(otherWithTag.status()).as("refused before the tag is compared").isEqualTo(403);
        assertThat(http.putJson(target("440100"), Map.of("value", 1, "version", 0), "Authorization",
                token(f.guangzhou)).status()).isEqualTo(403);

        Http.Response negative = http.putJson(target("440100"), Map.of("value", -3, "version", 0), "Authorization",
                token(f.guangdong), "Accept-Language", "en");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("detail").asText()).isEqualTo("A target cannot be negative.");
        Http.Response tooMuch = http.putJson(target("440100"), Map.of("value", 13, "version", 0), "Authorization",
                token(f.guangdong), "Accept-Language", "en");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("detail").asText()).contains("13").contains("12");
        assertThat(http.get(target("440100"), "Authorization", token(f.guangdong)).header("ETag"))
                .as("nothing saved").isEqualTo("\"0\"");
    }

    @Test
    void thePagesShowTheRankingTheMapAndTheFormsInBothLanguages() {
        Http guangdong = new Http(port);
        guangdong.signInEnrolling(f.guangdong.username(), org.iptalent.support.TestAccounts.PASSWORD);
        String page = "/plans/" + planId + "/indicators/ip-talents/regions";
        Http.Response zh = guangdong.get(page + "?lang=zh-CN");
        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.body()).contains("分地区目标与进度").contains("id=\"target-map\"").contains("data-map=")
                .contains("/dist/echarts.min.js").contains("id=\"refine-form\"").contains("id=\"ranking\"")
                .contains("广州市").doesNotContain("南京市");

        Http.Response refused = guangdong.postForm(page, page + "/440000/target", "value=-1&version=0");
        assertThat(refused.status()).isEqualTo(302);
        Http.Response after = guangdong.get(refused.header("Location").replaceAll("#.*", ""));
        assertThat(after.body()).contains("id=\"target-errors\"").contains("目标值不能为负数");
        Http.Response saved = guangdong.postForm(page, page + "/440000/target", "value=8.5&version=0");
        assertThat(guangdong.get(saved.header("Location").replaceAll("#.*", "")).body()).contains("目标已保存")
                .contains("8.5");
        Http.Response badSort = guangdong.get(page + "?sort=password");
        assertThat(badSort.status()).isEqualTo(200);
        assertThat(badSort.body()).contains("id=\"filter-errors\"");
        assertThat(guangdong.get(page + "?province=320000").status()).isEqualTo(404);
        assertThat(guangdong.get(page + "?lang=en").body()).contains("Targets and progress by region")
                .contains("Cities ranked by progress").contains("Refine our target");
    }
}
