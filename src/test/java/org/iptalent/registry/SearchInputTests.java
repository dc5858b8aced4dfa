package org.iptalent.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.apache.lucene.search.IndexSearcher;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an attack found on the registry's lists: ordinary but hostile input (a long text, a deep page, an
 * unknown sort) is the client's mistake, a 400 in the caller's language, never a 500.
 */
@PlatformTest
class SearchInputTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;

    Http http;
    UserSummary officer;
    String auth;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        officer = accounts.active("limits.admin", Role.PROVINCIAL_ADMIN, "440000");
        auth = "Bearer " + tokens.issue(officer.id(), "limits").token();
    }

    private static String chinese(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
        }
        return text.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void anOverLongSearchTextIsRefusedInTheCallersLanguage() {
        String q = encode(chinese(550, 9));
        var chinese = http.get("/api/v1/talents?q=" + q, "Authorization", auth);
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(chinese.json().get("title").asString()).isEqualTo("请求无效");
        assertThat(chinese.json().get("detail").asString()).isEqualTo("检索词过长：最多 100 个字。");
        assertThat(chinese.json().get("errors").get(0).get("field").asString()).isEqualTo("q");

        var english = http.get("/api/v1/talents?q=" + q, "Authorization", auth, "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().get("detail").asString()).isEqualTo(
                "The search text is too long: at most 100 characters.");

        // the limit itself is searchable
        assertThat(http.get("/api/v1/talents?q=" + encode(chinese(100, 9)), "Authorization", auth).status())
                .isEqualTo(200);

        assertThat(http.signInEnrolling(officer.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
        var page = http.get("/talents?q=" + q);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("检索词过长：最多 100 个字。").contains("id=\"q\"");
        // the export of the same search goes back to the page, which says why
        var export = http.get("/talents/export?format=csv&q=" + q);
        assertThat(export.status()).isEqualTo(302);
        assertThat(export.header("Location")).contains("/talents?q=");
    }

    @Test
    void aSearchThatStillHasTooManyClausesIsABadRequest() throws Exception {
        int limit = IndexSearcher.getMaxClauseCount();
        IndexSearcher.setMaxClauseCount(16);
        try {
            String q = encode(chinese(60, 3));
            var api = http.get("/api/v1/talents?q=" + q, "Authorization", auth, "Accept-Language", "en");
            assertThat(api.status()).isEqualTo(400);
            assertThat(api.json().get("detail").asString()).contains("too complex");
            assertThat(http.signInEnrolling(officer.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
            var page = http.get("/talents?q=" + q);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("检索词过于复杂");
        } finally {
            IndexSearcher.setMaxClauseCount(limit);
        }
    }

    @Test
    void pagingIsClampedAndNeverWrapsAround() {
        var deep = http.get("/api/v1/talents?page=10737418&size=200", "Authorization", auth);
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
        assertThat(deep.json().get("detail").asString()).contains("每页 100 条").contains("99");
        var wrapped = http.get("/api/v1/talents?page=10737419&size=200", "Authorization", auth, "Accept-Language",
                "en");
        assertThat(wrapped.status()).isEqualTo(400);
        assertThat(wrapped.json().get("detail").asString()).contains("beyond the reachable range");
        assertThat(http.get("/api/v1/talents?page=500&size=20", "Authorization", auth).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/talents?page=499&size=20", "Authorization", auth).status()).isEqualTo(200);

        var clamped = http.get("/api/v1/talents?page=-3&size=100000", "Authorization", auth).json().get("page");
        assertThat(clamped.get("number").asInt()).isZero();
        assertThat(clamped.get("size").asInt()).isEqualTo(100);
        assertThat(http.get("/api/v1/talents?size=0", "Authorization", auth).json().get("page").get("size").asInt())
                .isEqualTo(1);

        var organisations = http.get("/api/v1/organisations?page=10737418&size=200", "Authorization", auth);
        assertThat(organisations.status()).isEqualTo(200);
        assertThat(organisations.json().get("page").get("size").asInt()).isEqualTo(100);
        assertThat(organisations.json().get("content")).isEmpty();
        assertThat(http.get("/api/v1/organisations?page=2147483647&size=100", "Authorization", auth).status())
                .isEqualTo(400);

        assertThat(http.signInEnrolling(officer.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
        assertThat(http.get("/talents?page=10737418").status()).isEqualTo(200);
        assertThat(http.get("/talents?page=2147483647").status()).isEqualTo(200);
        assertThat(http.get("/organisations?page=2147483647").status()).isEqualTo(200);
    }

    @Test
    void listsSortOnlyByTheirDocumentedFields() {
        var talents = http.get("/api/v1/talents?sort=passwordHash", "Authorization", auth);
        assertThat(talents.status()).isEqualTo(400);
        assertThat(talents.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        assertThat(talents.json().get("detail").asString())
                .isEqualTo("不支持按“passwordHash”排序。可用的排序字段：relevance, name, updated。");
        assertThat(http.get("/api/v1/talents?sort=updated", "Authorization", auth).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/talents?sort=name", "Authorization", auth).status()).isEqualTo(200);

        var organisations = http.get("/api/v1/organisations?sort=version,desc", "Authorization", auth,
                "Accept-Language", "en");
        assertThat(organisations.status()).isEqualTo(400);
        assertThat(organisations.json().get("detail").asString())
                .isEqualTo("Cannot sort by \"version\". The sort fields are: name, creditCode, regionCode, createdAt.");
        assertThat(http.get("/api/v1/organisations?sort=creditCode,desc&sort=name", "Authorization", auth).status())
                .isEqualTo(200);

        assertThat(http.signInEnrolling(officer.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
        var page = http.get("/talents?sort=bogus");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("不支持按“bogus”排序");
    }
}
