package org.iptalent.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentHits.Facet;
import org.iptalent.registry.TalentHits.FacetCount;
import org.iptalent.registry.TalentHits.TalentRow;
import org.iptalent.registry.internal.imports.TalentImportKind;
import org.iptalent.registry.internal.search.TalentSearch;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.ImportJob;
import org.iptalent.spreadsheet.SpreadsheetImports;
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
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;

/**
 * Region scope at every level, through the search index, the database and the API alike: a city
 * administrator sees its city and not a neighbouring city of the same province, a provincial administrator
 * the whole province, and a role with no business region (the security administrator, a talent) nothing.
 * Such a role is refused the registry's API and pages outright (403, by role), and the services give it
 * nothing all the same, in case a caller reaches them another way.
 */
@PlatformTest
class RegistryRegionScopeTests {

    static final List<String> HEADER = List.of("姓名", "身份证号码", "行政区划代码", "人才类别", "工作单位");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TalentSearch search;
    @Autowired
    SpreadsheetImports imports;
    @Autowired
    TalentImportKind talentImports;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TalentRegistry registry;

    Http http;
    String marker;
    long importId;
    UserSummary zhejiang;
    UserSummary hangzhou;

    @BeforeEach
    void setUp() throws InterruptedException {
        http = new Http(port);
        zhejiang = accounts.active("scope.zj", Role.PROVINCIAL_ADMIN, "330000");
        hangzhou = accounts.active("scope.hz", Role.CITY_ADMIN, "330100");
        marker = "域" + Long.toString(System.nanoTime(), 36);
        // one talent in Hangzhou, one in Ningbo (the same province), one at the province itself
        importId = importCsv(token(zhejiang), List.of(
                List.of("杭" + marker, TestIdentities.identity("330106", true), "330100", "专利代理师", marker + "杭州所"),
                List.of("甬" + marker, TestIdentities.identity("330203", false), "330200", "专利代理师", marker + "宁波所"),
                List.of("浙" + marker, TestIdentities.identity("330106", false), "330000", "专利代理师",
                        marker + "浙江院")));
    }

    @Test
    void aCityAdministratorFindsOnlyTheTalentsOfItsCity() {
        TalentHits hits = TestAccounts.as(hangzhou, () -> search.search(TalentCriteria.text(marker), 0, 20, true));
        assertThat(hits.rows()).extracting(TalentRow::name).containsExactly("杭" + marker);
        assertThat(hits.rows()).extracting(TalentRow::regionCode).containsOnly("330100");
        assertThat(hits.total()).isEqualTo(1);
        // the facets count inside the scope too: no other city of Zhejiang shows up there
        assertThat(hits.facets().get(Facet.CITY)).extracting(FacetCount::code).containsExactly("330100");

        JsonNode page = http.get("/api/v1/talents?q=" + encode(marker), "Authorization", token(hangzhou)).json();
        assertThat(page.get("content").findValuesAsString("name")).containsExactly("杭" + marker);
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(1);
        // asking for the neighbouring city by name is no way round the scope
        JsonNode ningbo = http.get("/api/v1/talents?city=330200&q=" + encode(marker), "Authorization",
                token(hangzhou)).json();
        assertThat(ningbo.get("content").size()).isZero();

        assertThat(TestAccounts.as(hangzhou, () -> organisations.find(marker, null, false, PageRequest.of(0, 20)))
                .map(OrganisationView::name).getContent()).containsExactly(marker + "杭州所");
    }

    @Test
    void aProvincialAdministratorFindsEveryCityOfItsProvince() {
        assertThat(TestAccounts.as(zhejiang, () -> search.search(TalentCriteria.text(marker), 0, 20)).rows())
                .extracting(TalentRow::name).containsExactlyInAnyOrder("杭" + marker, "甬" + marker, "浙" + marker);
        JsonNode page = http.get("/api/v1/talents?q=" + encode(marker), "Authorization", token(zhejiang)).json();
        assertThat(page.get("content").size()).isEqualTo(3);
        assertThat(TestAccounts.as(zhejiang, () -> imports.recent(talentImports))).extracting(ImportJob::id).contains(importId);
    }

    @Test
    void aRoleWithNoBusinessRegionGetsNothingFromTheRegistry() {
        UserSummary security = accounts.active("scope.sec", Role.SECURITY_ADMIN, null);
        UserSummary talent = accounts.active("scope.tal", Role.TALENT, "330100");
        for (UserSummary user : List.of(security, talent)) {
            String auth = token(user);
            assertThat(http.get("/api/v1/talents?q=" + encode(marker), "Authorization", auth).status())
                    .as("the talent API for %s", user.roles()).isEqualTo(403);
            assertThat(http.get("/api/v1/organisations", "Authorization", auth).status()).isEqualTo(403);
            assertThat(http.get("/api/v1/talent-imports/" + importId, "Authorization", auth).status()).isEqualTo(403);
            assertThat(http.upload("/api/v1/talent-imports", "talents.csv", csv(List.of()), "Authorization", auth)
                    .status()).isEqualTo(403);

            TestAccounts.as(user, () -> {
                TalentHits hits = search.search(TalentCriteria.text(marker), 0, 20, true);
                assertThat(hits.rows()).isEmpty();
                assertThat(hits.total()).isZero();
                assertThat(search.search(TalentCriteria.text(null), 0, 20).total()).isZero();
                assertThat(registry.count()).isZero();
                assertThat(organisations.find(null, null, false, PageRequest.of(0, 20)).getTotalElements()).isZero();
                assertThat(imports.recent(talentImports)).isEmpty();
                assertThatThrownBy(() -> imports.submit(talentImports, "talents.csv", 10, new ByteArrayInputStream(new byte[10]),
                        false, Locale.CHINA)).isInstanceOf(AccessDeniedException.class);
                return null;
            });
        }
    }

    private String token(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "scope").token();
    }

    private static byte[] csv(List<List<String>> rows) {
        return Spreadsheets.csv(HEADER, rows, StandardCharsets.UTF_8, true);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private long importCsv(String auth, List<List<String>> rows) throws InterruptedException {
        JsonNode job = ImportJobs.run(http, auth, "talents.csv", csv(rows));
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("errorRows").asInt()).isZero();
        return job.get("id").asLong();
    }
}
