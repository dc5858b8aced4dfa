package org.iptalent.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/** If-Match on a talent's update as RFC 9110 has it: *, lists of tags, strong comparison. */
@PlatformTest
class TalentPreconditionTests {

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
        guangdong = "Bearer " + tokens.issue(accounts.active("etag.gd", Role.PROVINCIAL_ADMIN, "440000").id(), "t")
                .token();
        jiangsu = "Bearer " + tokens.issue(accounts.active("etag.js", Role.PROVINCIAL_ADMIN, "320000").id(), "t")
                .token();
    }

    private static Map<String, Object> talent(String identity, String position) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "林晓峰");
        body.put("identityNumber", identity);
        body.put("regionCode", "440300");
        body.put("categories", List.of("APP_PATENT_AGENT"));
        body.put("position", position);
        return body;
    }

    @Test
    void ifMatchStarUpdatesWhateverIsCurrentAndIs404WhenThereIsNothing() {
        String id = TestIdentities.identity("440305", true);
        var created = http.postJson("/api/v1/talents", talent(id, "工程师"), "Authorization", guangdong);
        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        http.putJson(location, talent(id, "高级工程师"), "Authorization", guangdong, "If-Match", created.header("ETag"));

        var star = http.putJson(location, talent(id, "总工程师"), "Authorization", guangdong, "If-Match", "*");
        assertThat(star.status()).isEqualTo(200);
        assertThat(star.json().get("position").asString()).isEqualTo("总工程师");
        assertThat(star.header("ETag")).isEqualTo("\"2\"");

        assertThat(http.putJson("/api/v1/talents/999999999", talent(id, "x"), "Authorization", guangdong,
                "If-Match", "*").status()).isEqualTo(404);
        // another province's record does not exist for Jiangsu, * or not
        assertThat(http.putJson(location, talent(id, "x"), "Authorization", jiangsu, "If-Match", "*").status())
                .isEqualTo(404);
        assertThat(http.get(location, "Authorization", guangdong).json().get("position").asString())
                .isEqualTo("总工程师");
    }

    @Test
    void aListMatchesWhenAnyTagDoesAndAWeakTagNeverMatches() {
        String id = TestIdentities.identity("440305", false);
        var created = http.postJson("/api/v1/talents", talent(id, "工程师"), "Authorization", guangdong);
        String location = created.header("Location");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        var listed = http.putJson(location, talent(id, "主任"), "Authorization", guangdong,
                "If-Match", "\"7\", \"0\"");
        assertThat(listed.status()).isEqualTo(200);

        // If-Match compares strongly (RFC 9110 13.1.1): W/"1" names the current version, weakly
        var weak = http.putJson(location, talent(id, "副主任"), "Authorization", guangdong, "If-Match", "W/\"1\"");
        assertThat(weak.status()).isEqualTo(412);
        assertThat(weak.header("Content-Type")).startsWith("application/problem+json");
        assertThat(weak.json().get("title").asString()).isEqualTo("前提条件不成立");
        assertThat(weak.json().get("detail").asString()).contains("If-Match 与当前 ETag 不符");

        var stale = http.putJson(location, talent(id, "副主任"), "Authorization", guangdong, "If-Match",
                "\"0\", W/\"1\"", "Accept-Language", "en");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("title").asString()).isEqualTo("Precondition failed");
        assertThat(stale.json().get("detail").asString()).contains("changed since you read it");

        var neither = http.putJson(location, talent(id, "副主任"), "Authorization", guangdong, "Accept-Language", "en");
        assertThat(neither.status()).isEqualTo(428);
        assertThat(neither.json().get("detail").asString()).contains("If-Match");
        assertThat(http.get(location, "Authorization", guangdong).json().get("position").asString()).isEqualTo("主任");
    }
}
