package org.iptalent.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class RegistryApiTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;

    Http http;
    String guangdong;
    String jiangsu;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        guangdong = token(accounts.active("gd.admin", Role.PROVINCIAL_ADMIN, "440000"));
        jiangsu = token(accounts.active("js.admin", Role.PROVINCIAL_ADMIN, "320000"));
    }

    private String token(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "test").token();
    }

    private static Map<String, Object> talent(String identity, String region, String position) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "黄晓明");
        body.put("identityNumber", identity);
        body.put("regionCode", region);
        body.put("categories", List.of("APP_PATENT_AGENT"));
        body.put("position", position);
        body.put("mobile", "13900001111");
        return body;
    }

    @Test
    void aProvincialSystemSyncsIdempotentlyByIdentityNumber() {
        String id = TestIdentities.identity("440305", true);
        var created = http.putJson("/api/v1/talents/by-identity", talent(id, "440300", "专利代理师"),
                "Authorization", guangdong);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("identityNumberMasked").asString()).contains("********").doesNotContain(
                id.substring(6, 14));
        assertThat(created.body()).doesNotContain("13900001111");
        var again = http.putJson("/api/v1/talents/by-identity", talent(id, "440300", "专利代理师"),
                "Authorization", guangdong);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo(created.header("ETag"));

        // the same person cannot be changed from another province, nor seen there
        var elsewhere = http.putJson("/api/v1/talents/by-identity", talent(id, "320100", "主任"),
                "Authorization", jiangsu);
        assertThat(elsewhere.status()).isEqualTo(403);
        long talentId = created.json().get("id").asLong();
        assertThat(http.get("/api/v1/talents/" + talentId, "Authorization", jiangsu).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/talents/" + talentId, "Authorization", guangdong).status()).isEqualTo(200);
    }

    @Test
    void aStaleUpdateIsRefusedWith412Or409() {
        String id = TestIdentities.identity("440305", false);
        var created = http.postJson("/api/v1/talents", talent(id, "440300", "工程师"), "Authorization", guangdong);
        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        String etag = created.header("ETag");

        var updated = http.putJson(location, talent(id, "440300", "高级工程师"), "Authorization", guangdong,
                "If-Match", etag);
        assertThat(updated.status()).isEqualTo(200);
        var stale = http.putJson(location, talent(id, "440300", "总工程师"), "Authorization", guangdong,
                "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);

        Map<String, Object> withVersion = talent(id, "440300", "总工程师");
        withVersion.put("version", 0);
        assertThat(http.putJson(location, withVersion, "Authorization", guangdong).status()).isEqualTo(409);
        assertThat(http.putJson(location, talent(id, "440300", "总工程师"), "Authorization", guangdong).status())
                .isEqualTo(428);
        assertThat(http.get(location, "Authorization", guangdong).json().get("position").asString())
                .isEqualTo("高级工程师");
    }

    @Test
    void invalidRecordsListEveryFieldAtFault() {
        Map<String, Object> bad = talent("110105199001011233", "999900", null);
        bad.put("mobile", "123");
        bad.put("categories", List.of());
        var response = http.postJson("/api/v1/talents", bad, "Authorization", guangdong, "Accept-Language", "en");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .contains("identityNumber", "regionCode", "mobile", "categories");
        assertThat(response.body()).contains("check character");
    }

    @Test
    void searchIsPagedLikeSpringDataAndScoped() {
        String marker = "检索" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 3; i++) {
            http.postJson("/api/v1/talents", talent(TestIdentities.identity("440305", i % 2 == 0), "440300", marker),
                    "Authorization", guangdong);
        }
        var page = http.get("/api/v1/talents?q=" + java.net.URLEncoder.encode(marker,
                java.nio.charset.StandardCharsets.UTF_8) + "&size=2", "Authorization", guangdong).json();
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(page.get("content")).hasSize(2);
        var none = http.get("/api/v1/talents?q=" + java.net.URLEncoder.encode(marker,
                java.nio.charset.StandardCharsets.UTF_8), "Authorization", jiangsu).json();
        assertThat(none.get("page").get("totalElements").asLong()).isZero();
        var organisations = http.get("/api/v1/organisations", "Authorization", guangdong);
        assertThat(organisations.status()).isEqualTo(200);
        assertThat(organisations.json().get("page")).isNotNull();
    }
}
