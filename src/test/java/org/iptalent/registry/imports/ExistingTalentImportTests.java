package org.iptalent.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * A provincial file that names people the registry already has: left alone unless the upload asks to update
 * them, updated without losing what its blank cells do not say, and refused when the person is registered in
 * another province, whose record the file neither changes nor gets to see.
 */
@PlatformTest
class ExistingTalentImportTests {

    static final List<String> HEADER = List.of("姓名", "身份证号码", "行政区划代码", "人才类别", "职务", "手机号码",
            "电子邮箱", "学历", "专业", "工作单位", "统一社会信用代码");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;

    Http http;
    String zhejiang;
    String marker;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        zhejiang = token(accounts.active("exist.zj", Role.PROVINCIAL_ADMIN, "330000"));
        marker = "存" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void withoutUpdateExistingARegisteredTalentIsCountedUnchangedAndLeftAsItIs() throws Exception {
        String identity = TestIdentities.identity("330106", true);
        JsonNode registered = register(zhejiang, talent("甲" + marker, identity, "330100", "主任"));

        byte[] file = csv(List.of(
                row("甲改" + marker, identity, "副主任", "13900002222", "", "", "", "", ""),
                row("乙" + marker, TestIdentities.identity("330106", false), "专利工程师", "", "", "", "", "", "")));
        var upload = http.upload("/api/v1/talent-imports?updateExisting=false", "talents.csv", file,
                "Authorization", zhejiang);
        assertThat(upload.status()).isEqualTo(202);
        JsonNode job = ImportJobs.await(http, zhejiang, upload.json().get("id").asLong());
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("importedRows").asInt()).isEqualTo(1);
        assertThat(job.get("updatedRows").asInt()).isZero();
        assertThat(job.get("unchangedRows").asInt()).isEqualTo(1);
        assertThat(job.get("errorRows").asInt()).isZero();

        JsonNode after = talent(zhejiang, registered.get("id").asLong());
        assertThat(after.get("name").asString()).isEqualTo("甲" + marker);
        assertThat(after.get("position").asString()).isEqualTo("主任");
        assertThat(after.get("mobileMasked").asString()).isEqualTo("138****5678");
        assertThat(after.get("version").asLong()).isEqualTo(registered.get("version").asLong());
        assertThat(search(zhejiang, "乙" + marker).get("content").findValuesAsString("name"))
                .containsExactly("乙" + marker);
    }

    @Test
    void anUpdateKeepsWhatTheFileLeavesBlank() throws Exception {
        String code = TestIdentities.creditCode();
        var firm = http.postJson("/api/v1/organisations", Map.of("name", marker + "专利事务所", "type", "PATENT_AGENCY",
                "creditCode", code, "regionCode", "330100"), "Authorization", zhejiang);
        assertThat(firm.status()).isEqualTo(201);
        String identity = TestIdentities.identity("330106", false);
        Map<String, Object> body = talent("丙" + marker, identity, "330100", "专利代理师");
        body.put("email", "bing@example.cn");
        body.put("education", "MASTER");
        body.put("major", "知识产权法");
        body.put("employerCreditCode", code);
        JsonNode registered = register(zhejiang, body);

        // only the position is given besides the required cells: mobile, e-mail, education, major, employer blank
        JsonNode job = ImportJobs.run(http, zhejiang, "talents.csv", csv(List.of(
                row("丙" + marker, identity, "合伙人", "", "", "", "", "", ""))));
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("updatedRows").asInt()).isEqualTo(1);
        assertThat(job.get("importedRows").asInt()).isZero();

        JsonNode after = talent(zhejiang, registered.get("id").asLong());
        assertThat(after.get("position").asString()).isEqualTo("合伙人");
        assertThat(after.get("mobileMasked").asString()).isEqualTo("138****5678");
        assertThat(after.get("emailMasked").asString()).isEqualTo("b***@example.cn");
        assertThat(after.get("education").asString()).isEqualTo("MASTER");
        assertThat(after.get("major").asString()).isEqualTo("知识产权法");
        assertThat(after.get("employerName").asString()).isEqualTo(marker + "专利事务所");
        assertThat(after.get("employerCreditCode").asString()).isEqualTo(code);
    }

    @Test
    void aPersonRegisteredInAnotherProvinceIsRefusedInTheUploadersLanguageAndNeitherChangedNorRevealed()
            throws Exception {
        String jiangsu = token(accounts.active("exist.js", Role.PROVINCIAL_ADMIN, "320000"));
        String identity = TestIdentities.identity("320106", true);
        Map<String, Object> body = talent("苏" + marker, identity, "320100", "主任");
        body.put("major", "专利法" + marker);
        JsonNode registered = register(jiangsu, body);
        long id = registered.get("id").asLong();
        String etag = http.get("/api/v1/talents/" + id, "Authorization", jiangsu).header("ETag");

        JsonNode job = ImportJobs.run(http, zhejiang, "talents.csv", csv(List.of(
                row("浙" + marker, identity, "副主任", "13900003333", "", "", "", "", ""),
                row("丁" + marker, TestIdentities.identity("330106", true), "专利工程师", "", "", "", "", "", ""))));
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("importedRows").asInt()).isEqualTo(1);
        assertThat(job.get("updatedRows").asInt()).isZero();
        assertThat(job.get("errorRows").asInt()).isEqualTo(1);

        List<List<String>> report = Spreadsheets.read(http.download(job.get("errorReportUrl").asString(),
                "Authorization", zhejiang));
        assertThat(report).hasSize(2);
        String refused = String.join(" | ", report.get(1));
        assertThat(refused).contains("浙" + marker, "该身份证号码已在您管辖范围以外登记，无法修改。");
        String everything = report.toString() + job;
        assertThat(everything).as("nothing of the other province's record")
                .doesNotContain("苏" + marker, "专利法" + marker, "320100", "南京");

        var english = http.upload("/api/v1/talent-imports", "talents.csv", csv(List.of(
                row("浙" + marker, identity, "副主任", "", "", "", "", "", ""))), "Authorization", zhejiang,
                "Accept-Language", "en");
        JsonNode englishJob = ImportJobs.await(http, zhejiang, english.json().get("id").asLong());
        assertThat(englishJob.get("errorRows").asInt()).isEqualTo(1);
        assertThat(Spreadsheets.read(http.download(englishJob.get("errorReportUrl").asString(), "Authorization",
                zhejiang)).get(1).toString())
                .contains("This identity number is registered outside your region and cannot be changed here.");

        var unchanged = http.get("/api/v1/talents/" + id, "Authorization", jiangsu);
        assertThat(unchanged.header("ETag")).as("the record was not written").isEqualTo(etag);
        assertThat(unchanged.json().get("name").asString()).isEqualTo("苏" + marker);
        assertThat(unchanged.json().get("regionCode").asString()).isEqualTo("320100");
        assertThat(unchanged.json().get("position").asString()).isEqualTo("主任");
        assertThat(unchanged.json().get("mobileMasked").asString()).isEqualTo("138****5678");
        assertThat(http.get("/api/v1/talents/" + id, "Authorization", zhejiang).status()).isEqualTo(404);
        assertThat(search(zhejiang, marker).get("content").findValuesAsString("name"))
                .containsExactly("丁" + marker);
    }

    private String token(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "imports").token();
    }

    private static Map<String, Object> talent(String name, String identity, String region, String position) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("identityNumber", identity);
        body.put("regionCode", region);
        body.put("categories", List.of("APP_PATENT_AGENT"));
        body.put("position", position);
        body.put("mobile", "13812345678");
        return body;
    }

    private JsonNode register(String auth, Map<String, Object> body) {
        var created = http.postJson("/api/v1/talents", body, "Authorization", auth);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private JsonNode talent(String auth, long id) {
        var read = http.get("/api/v1/talents/" + id, "Authorization", auth);
        assertThat(read.status()).isEqualTo(200);
        return read.json();
    }

    private JsonNode search(String auth, String q) {
        return http.get("/api/v1/talents?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "Authorization", auth)
                .json();
    }

    /** A row of {@link #HEADER} in Hangzhou, a patent agent. */
    private static List<String> row(String name, String identity, String position, String mobile, String email,
            String education, String major, String employer, String creditCode) {
        return List.of(name, identity, "330100", "APP_PATENT_AGENT", position, mobile, email, education, major,
                employer, creditCode);
    }

    private static byte[] csv(List<List<String>> rows) {
        return Spreadsheets.csv(HEADER, rows, StandardCharsets.UTF_8, true);
    }
}
