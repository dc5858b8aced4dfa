package org.iptalent.registry.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.internal.search.TalentSearch;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.internal.ImportInternals;
import org.iptalent.support.Http;
import org.iptalent.support.ImportJobs;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A provincial spreadsheet names employers the registry has never met: the import registers them (once),
 * inside its own transaction, and an administrator then verifies, edits or merges the ones it could only
 * register by name.
 */
@PlatformTest
class ImportEmployersTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.iptalent.identity.internal.ApiTokens tokens;
    @Autowired
    TalentSearch search;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    Http http;
    UserSummary officer;
    String auth;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        officer = accounts.active("emp.zj", Role.PROVINCIAL_ADMIN, "330000");
        auth = "Bearer " + tokens.issue(officer.id(), "employers").token();
    }

    @Test
    void anOpenpyxlWorkbookOfUnknownEmployersImportsAndRegistersEachEmployerOnce() throws Exception {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/imports/openpyxl-unknown-employers.xlsx")) {
            file = in.readAllBytes();
        }
        JsonNode first = importFile("金华人才.xlsx", file);
        assertThat(first.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(first.get("errorRows").asInt()).isZero();
        assertThat(first.get("importedRows").asInt()).isEqualTo(200);
        // one firm spelt with full- and half-width brackets, and five firms with a credit code
        assertThat(first.get("organisationsCreated").asInt()).isEqualTo(6);
        List<Map<String, Object>> named = jdbc.queryForList("select id, name, verified, source_import_id from "
                + "organisation where name_key = organisation_name_key('金华华信(国际)贸易有限公司')");
        assertThat(named).hasSize(1);
        assertThat(named.get(0).get("verified")).isEqualTo(false);
        assertThat(((Number) named.get(0).get("source_import_id")).longValue()).isEqualTo(first.get("id").asLong());
        assertThat(jdbc.queryForObject("select count(*) from talent where employer_id = ?", Long.class,
                named.get(0).get("id"))).isEqualTo(150);
        assertThat(jdbc.queryForObject("select count(*) from organisation where credit_code like '91330700MA2H%' "
                + "and verified", Long.class)).isEqualTo(5);
        var hits = TestAccounts.as(officer, () -> search.search(TalentCriteria.text("金华华信"), 0, 5));
        assertThat(hits.total()).isEqualTo(150);

        JsonNode again = importFile("金华人才.xlsx", file);
        assertThat(again.get("organisationsCreated").asInt()).isZero();
        assertThat(again.get("unchangedRows").asInt()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from organisation where name_key = "
                + "organisation_name_key('金华华信（国际）贸易有限公司')", Long.class)).isEqualTo(1);
    }

    @Test
    void aFailedImportLeavesNoneOfTheOrganisationsItRegistered() throws Exception {
        String marker = "滚" + Long.toString(System.nanoTime(), 36);
        List<List<String>> rows = new ArrayList<>();
        // the first batch (5,000 rows) is merged, registering its employers, before row 5,001 fails the file
        for (int i = 0; i < ImportInternals.maxRows(context) + 1; i++) {
            rows.add(List.of("钱" + i, TestIdentities.identity("330106", i % 2 == 0), "330100", "专利代理师",
                    marker + (i % 7) + "有限公司"));
        }
        JsonNode job = importFile("many.csv", Spreadsheets.csv(List.of("姓名", "身份证号码", "行政区划代码", "人才类别",
                "工作单位"), rows, StandardCharsets.UTF_8, false));
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select count(*) from organisation where name like ?", Long.class,
                marker + "%")).isZero();
    }

    @Test
    void anAdministratorVerifiesEditsOrMergesWhatAnImportRegisteredByName() throws Exception {
        String marker = "并" + Long.toString(System.nanoTime(), 36);
        String code = TestIdentities.creditCode();
        JsonNode job = importFile("x.csv", Spreadsheets.csv(List.of("姓名", "身份证号码", "行政区划代码", "人才类别", "工作单位",
                "统一社会信用代码"), List.of(
                        List.of("孙" + marker, TestIdentities.identity("330106", true), "330100", "专利代理师",
                                marker + "科技有限公司", code),
                        List.of("李" + marker, TestIdentities.identity("330106", false), "330100", "专利代理师",
                                marker + "科技公司", ""),
                        List.of("周" + marker, TestIdentities.identity("330106", true), "330100", "专利代理师",
                                marker + "科技公司", ""),
                        List.of("吴" + marker, TestIdentities.identity("330106", false), "330100", "专利代理师",
                                marker + "研究院", "")), StandardCharsets.UTF_8, false));
        assertThat(job.get("organisationsCreated").asInt()).isEqualTo(3);
        long survivor = organisation(marker + "科技有限公司");
        long duplicate = organisation(marker + "科技公司");
        long institute = organisation(marker + "研究院");

        JsonNode unverified = http.get("/api/v1/organisations?unverified=true&q=" + encode(marker), "Authorization",
                auth).json();
        assertThat(unverified.get("content").findValuesAsString("name"))
                .containsExactlyInAnyOrder(marker + "科技公司", marker + "研究院");

        // verified means it passes a registration's rules: a bare name without a credit code is not verified...
        var refused = http.postJson("/api/v1/organisations/" + institute + "/verify", Map.of(), "Authorization", auth);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
        // ...editing it with its code does verify it, with the ETag a read gave
        var read = http.get("/api/v1/organisations/" + institute, "Authorization", auth);
        var edited = http.putJson("/api/v1/organisations/" + institute, Map.of("name", marker + "知识产权研究院",
                "type", "RESEARCH_INSTITUTE", "creditCode", TestIdentities.creditCode(), "regionCode", "330100"),
                "Authorization", auth, "If-Match", read.header("ETag"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("verified").asBoolean()).isTrue();
        assertThat(http.putJson("/api/v1/organisations/" + institute, Map.of("name", "x", "type", "ENTERPRISE",
                "regionCode", "330100"), "Authorization", auth, "If-Match", read.header("ETag")).status())
                .as("a stale ETag").isEqualTo(412);
        var renamed = TestAccounts.as(officer, () -> search.search(TalentCriteria.text(marker + "知识产权研究院"), 0, 10));
        assertThat(renamed.rows()).as("the staff's documents carry the new name once it is committed")
                .extracting(r -> r.employerName()).containsExactly(marker + "知识产权研究院");

        // merging the duplicate: its talents move, each move a flow, and it leaves every list
        var merged = http.postJson("/api/v1/organisations/" + duplicate + "/merge?into=" + survivor, Map.of(),
                "Authorization", auth);
        assertThat(merged.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from talent where employer_id = ?", Long.class, survivor))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from talent_flow where from_employer_id = ? and "
                + "to_employer_id = ? and source = 'MERGE'", Long.class, duplicate, survivor)).isEqualTo(2);
        assertThat(http.get("/api/v1/organisations/" + duplicate, "Authorization", auth).status()).isEqualTo(404);
        Map<String, Object> mergeEntry = jdbc.queryForMap("select detail_key, detail_args from audit_entry where "
                + "entity_type = 'Organisation' and entity_id = ? order by id desc limit 1", String.valueOf(duplicate));
        assertThat(mergeEntry.get("detail_key")).isEqualTo("audit.detail.organisationMerged");
        assertThat((String) mergeEntry.get("detail_args")).isEqualTo("[\"" + survivor + "\",\"" + marker
                + "科技有限公司\",[{\"key\":\"audit.detail.talentsMoved\",\"args\":[2]}]]");
        assertThat(http.postJson("/api/v1/organisations/" + survivor + "/merge?into=" + institute, Map.of(),
                "Authorization", auth).status()).as("a verified organisation is not merged away").isEqualTo(400);
        var moved = TestAccounts.as(officer, () -> search.search(TalentCriteria.text(marker + "科技有限公司"), 0, 10));
        assertThat(moved.rows()).extracting(r -> r.employerName()).containsOnly(marker + "科技有限公司").hasSize(3);
    }

    @Test
    void anotherProvinceCannotSeeOrMergeTheOrganisations() throws Exception {
        String marker = "省" + Long.toString(System.nanoTime(), 36);
        importFile("x.csv", Spreadsheets.csv(List.of("姓名", "身份证号码", "行政区划代码", "人才类别", "工作单位"), List.of(
                List.of("郑" + marker, TestIdentities.identity("330106", true), "330100", "专利代理师", marker + "所")),
                StandardCharsets.UTF_8, false));
        long id = organisation(marker + "所");
        UserSummary jiangsu = accounts.active("emp.js", Role.PROVINCIAL_ADMIN, "320000");
        String other = "Bearer " + tokens.issue(jiangsu.id(), "employers").token();
        assertThat(http.get("/api/v1/organisations/" + id, "Authorization", other).status()).isEqualTo(404);
        assertThat(http.postJson("/api/v1/organisations/" + id + "/verify", Map.of(), "Authorization", other).status())
                .isEqualTo(404);
    }

    @Test
    void theOrganisationsPageKeepsItsFiltersOnTheNextPageAndShowsWhatAwaitsVerification() throws Exception {
        String marker = "页" + Long.toString(System.nanoTime(), 36);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(List.of("陈" + i + marker, TestIdentities.identity("330106", i % 2 == 0), "330100", "专利代理师",
                    marker + "第" + (100 + i) + "厂"));
        }
        assertThat(importFile("x.csv", Spreadsheets.csv(List.of("姓名", "身份证号码", "行政区划代码", "人才类别", "工作单位"),
                rows, StandardCharsets.UTF_8, false)).get("organisationsCreated").asInt()).isEqualTo(25);
        Http browser = new Http(port);
        assertThat(browser.signInEnrolling(officer.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);

        var first = browser.get("/organisations?q=" + encode(marker) + "&unverified=true");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("待核实").contains("unverified=true&amp;page=1");
        var second = browser.get("/organisations?q=" + encode(marker) + "&unverified=true&page=1");
        assertThat(second.body()).contains(marker + "第124厂").doesNotContain(marker + "第100厂");
        assertThat(browser.get("/organisations?q=" + encode(marker) + "&unverified=true&page=999").body())
                .as("a page beyond the last shows the last").contains(marker + "第124厂", "第 2 / 2 页");

        long id = organisation(marker + "第100厂");
        var detail = browser.get("/organisations/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("确认核实", "合并到已登记单位", "输入目标单位的名称")
                .doesNotContain(marker + "第101厂");
        assertThat(browser.get("/organisations/" + id + "?target=" + encode(marker + "第101")).body())
                .contains(marker + "第101厂");
        // a bare name cannot be confirmed as it is: the page says what is missing
        var refused = browser.postForm("/organisations/" + id, "/organisations/" + id + "/verify", "");
        assertThat(jdbc.queryForObject("select verified from organisation where id = ?", Boolean.class, id)).isFalse();
        assertThat(refused.status()).as("the record's page again, with the refusal on its form").isEqualTo(200);
        assertThat(refused.body()).contains("请填写统一社会信用代码");
    }

    private long organisation(String name) {
        return jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonNode importFile(String name, byte[] content) throws InterruptedException {
        return ImportJobs.run(http, auth, name, content);
    }
}
