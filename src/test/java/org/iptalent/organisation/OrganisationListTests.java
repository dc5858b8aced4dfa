package org.iptalent.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.ImportJobs;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The organisations list filtered by type, and by type and verification together, as an administrator pages
 * through it: the second page is filtered like the first, because the pager's links carry the filters.
 */
@PlatformTest
class OrganisationListTests {

    private static final Pattern NEXT = Pattern.compile("<a class=\"page-link\" href=\"([^\"]+)\"[^>]*>下一页</a>");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;

    Http http;
    Http browser;
    String auth;
    String marker;

    @BeforeEach
    void setUp() {
        UserSummary officer = accounts.active("orglist.zj", Role.PROVINCIAL_ADMIN, "330000");
        http = new Http(port);
        auth = "Bearer " + tokens.issue(officer.id(), "organisations").token();
        browser = new Http(port);
        assertThat(browser.signInEnrolling(officer.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
        marker = "类" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void theSecondPageOfAListFilteredByTypeHasOnlyThatType() {
        for (int i = 0; i < 23; i++) {
            register(marker + "大学" + (100 + i), "UNIVERSITY");
        }
        // institutes whose names sort among the universities' ('大学1005' falls between '大学100' and '大学101')
        register(marker + "大学1005研究院", "RESEARCH_INSTITUTE");
        register(marker + "大学1215研究院", "RESEARCH_INSTITUTE");

        var first = browser.get("/organisations?q=" + encode(marker) + "&type=UNIVERSITY");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("共 23 条", "第 1 / 2 页", marker + "大学100<", marker + "大学119<")
                .doesNotContain(marker + "大学1005研究院", marker + "大学120<");
        String next = nextLink(first.body());
        assertThat(next).as("the pager's next link keeps the search and the type")
                .contains("q=" + encode(marker), "type=UNIVERSITY", "page=1");

        var second = browser.get(next);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).contains("共 23 条", "第 2 / 2 页", marker + "大学120<", marker + "大学122<")
                .doesNotContain(marker + "大学1215研究院", marker + "大学119<");

        JsonNode page = http.get("/api/v1/organisations?q=" + encode(marker) + "&type=UNIVERSITY&page=1&size=20",
                "Authorization", auth).json();
        assertThat(page.get("content").findValuesAsString("name"))
                .containsExactly(marker + "大学120", marker + "大学121", marker + "大学122");
        assertThat(page.get("content").findValuesAsString("type")).containsOnly("UNIVERSITY");
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(23);
    }

    @Test
    void theSecondPageOfUnverifiedEnterprisesHasNeitherVerifiedOnesNorOtherTypes() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            rows.add(List.of("沈" + i + marker, TestIdentities.identity("330106", i % 2 == 0), "330100", "专利代理师",
                    marker + "厂" + (100 + i)));
        }
        JsonNode job = ImportJobs.run(http, auth, "talents.csv", Spreadsheets.csv(List.of("姓名", "身份证号码",
                "行政区划代码", "人才类别", "工作单位"), rows, StandardCharsets.UTF_8, false));
        assertThat(job.get("organisationsCreated").asInt()).isEqualTo(22);
        // verified enterprises whose names sort among the unverified ones
        register(marker + "厂1005", "ENTERPRISE");
        register(marker + "厂1205", "ENTERPRISE");

        var first = browser.get("/organisations?q=" + encode(marker) + "&type=ENTERPRISE&unverified=true");
        assertThat(first.body()).contains("共 22 条", "第 1 / 2 页", marker + "厂100<", marker + "厂119<")
                .doesNotContain(marker + "厂1005<");
        String next = nextLink(first.body());
        assertThat(next).contains("type=ENTERPRISE", "unverified=true", "page=1");

        var second = browser.get(next);
        assertThat(second.body()).contains("共 22 条", "第 2 / 2 页", marker + "厂120<", marker + "厂121<")
                .doesNotContain(marker + "厂1205<", marker + "厂119<");

        JsonNode page = http.get("/api/v1/organisations?q=" + encode(marker) + "&type=ENTERPRISE&unverified=true"
                + "&page=1&size=20", "Authorization", auth).json();
        assertThat(page.get("content").findValuesAsString("name")).containsExactly(marker + "厂120", marker + "厂121");
        assertThat(page.get("content").findValues("verified")).allSatisfy(v -> assertThat(v.asBoolean()).isFalse());
    }

    private void register(String name, String type) {
        var created = http.postJson("/api/v1/organisations", Map.of("name", name, "type", type, "creditCode",
                TestIdentities.creditCode(), "regionCode", "330100"), "Authorization", auth);
        assertThat(created.status()).as("registering %s: %s", name, created.body()).isEqualTo(201);
    }

    /** The pager's next link as the browser follows it (the page escapes its ampersands). */
    private static String nextLink(String page) {
        Matcher next = NEXT.matcher(page);
        assertThat(next.find()).as("a next link on the page").isTrue();
        return next.group(1).replace("&amp;", "&");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
