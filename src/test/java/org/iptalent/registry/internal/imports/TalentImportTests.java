package org.iptalent.registry.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.internal.search.TalentSearch;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.SpreadsheetImports;
import org.iptalent.spreadsheet.internal.ImportInternals;
import org.iptalent.spreadsheet.ImportContext;
import org.iptalent.platform.jdbc.CopyRows;
import org.iptalent.shared.RegionScope;
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
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import java.sql.Connection;
import java.util.Locale;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@PlatformTest
class TalentImportTests {

    /** A user's own column order: not the template's. */
    static final List<String> HEADER = List.of("身份证号码", "姓名", "人才类别", "行政区划代码", "工作单位",
            "统一社会信用代码", "手机号码", "学历", "职务", "资格类型", "资格证书编号");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.iptalent.identity.internal.ApiTokens tokens;
    @Autowired
    TalentSearch search;
    @Autowired
    SpreadsheetImports imports;
    @Autowired
    TalentImportKind talentImports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    Http http;
    UserSummary officer;
    String auth;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        officer = accounts.active("zj.admin", Role.PROVINCIAL_ADMIN, "330000");
        auth = "Bearer " + tokens.issue(officer.id(), "import").token();
    }

    private JsonNode importFile(String name, byte[] content) throws InterruptedException {
        return ImportJobs.run(http, auth, name, content);
    }

    private JsonNode waitFor(JsonNode job) throws InterruptedException {
        return ImportJobs.await(http, auth, job.get("id").asLong());
    }

    @Test
    void anXlsxIsImportedOnceAndAgainChangesNothingAndBadRowsComeBackExplained() throws Exception {
        String marker = "导" + Long.toString(System.nanoTime(), 36);
        String agency = TestIdentities.creditCode();
        String duplicate = TestIdentities.identity("330106", true);
        List<List<String>> rows = List.of(
                List.of(duplicate, "甲" + marker, "专利代理师", "杭州市", "杭州" + marker + "专利事务所", agency,
                        "13811112222", "硕士研究生", "专利代理师", "专利代理师资格", "A123"),
                List.of(TestIdentities.identity("330206", false), "乙" + marker, "APP_ENTERPRISE_MANAGER", "330200",
                        "", "", "", "BACHELOR", "=HYPERLINK(\"x\")", "", ""),
                List.of(TestIdentities.identity("330106", false), "丙" + marker, "知识产权信息服务人员、知识产权宣传人员",
                        "330100", "", "", "", "", "", "", ""),
                List.of("330106199001011233", "丁" + marker, "专利代理师", "330100", "", "", "", "", "", "", ""),
                List.of(duplicate, "戊" + marker, "专利代理师", "330100", "", "", "", "", "", "", ""),
                List.of(TestIdentities.identity("320106", true), "己" + marker, "专利代理师", "320100", "", "", "",
                        "", "", "", ""));
        byte[] file = Spreadsheets.xlsx(HEADER, rows);

        JsonNode first = importFile("人才.xlsx", file);
        assertThat(first.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(first.get("totalRows").asInt()).isEqualTo(6);
        assertThat(first.get("importedRows").asInt()).isEqualTo(3);
        assertThat(first.get("errorRows").asInt()).isEqualTo(3);

        var report = Spreadsheets.read(http.download(first.get("errorReportUrl").asString(), "Authorization", auth));
        assertThat(report.get(0)).contains("行号", "身份证号码", "错误原因");
        String errors = report.stream().map(r -> r.get(r.size() - 1)).toList().toString();
        assertThat(errors).contains("身份证号码：身份证号码校验位不正确", "与第 2 行的身份证号码重复",
                "行政区划代码：行政区划 320100 不在您的管辖范围内");

        var found = TestAccounts.as(officer, () -> search.search(TalentCriteria.text(marker), 0, 10));
        assertThat(found.total()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from organisation where credit_code = ?", Long.class, agency))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from qualification q join talent t on t.id = q.talent_id "
                + "where t.name = ? and q.type = 'PATENT_AGENT' and q.number = 'A123'", Long.class, "甲" + marker))
                .isEqualTo(1);

        JsonNode again = importFile("人才.xlsx", file);
        assertThat(again.get("importedRows").asInt()).isZero();
        assertThat(again.get("updatedRows").asInt()).isZero();
        assertThat(again.get("unchangedRows").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from qualification q join talent t on t.id = q.talent_id "
                + "where t.name = ?", Long.class, "甲" + marker)).isEqualTo(1);
    }

    @Test
    void csvInUtf8WithBomAndInGb18030Both() throws Exception {
        for (var variant : List.of(new Object[] {StandardCharsets.UTF_8, true}, new Object[] {
            Charset.forName("GB18030"), false})) {
            String marker = "码" + Long.toString(System.nanoTime(), 36);
            byte[] file = Spreadsheets.csv(List.of("姓名", "身份证号码", "行政区划代码", "人才类别", "职务"),
                    List.of(List.of("王" + marker, TestIdentities.identity("330106", true), "浙江省", "专利代理师",
                            "专利工程师")), (Charset) variant[0], (Boolean) variant[1]);
            JsonNode job = importFile("talents.csv", file);
            assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
            assertThat(job.get("importedRows").asInt()).isEqualTo(1);
            var hits = TestAccounts.as(officer, () -> search.search(TalentCriteria.text(marker), 0, 10));
            assertThat(hits.rows()).extracting(r -> r.name()).containsExactly("王" + marker);
        }
    }

    @Test
    void filesThatAreNotSpreadsheetsAreRefusedAtOnceWithAClearMessage() throws Exception {
        var pdf = http.upload("/api/v1/talent-imports", "talents.xlsx", "%PDF-1.7\n\u0000\u0001binary"
                .getBytes(StandardCharsets.ISO_8859_1), "Authorization", auth);
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.json().get("detail").asString()).contains("XLSX");

        var empty = http.upload("/api/v1/talent-imports", "empty.csv", new byte[0], "Authorization", auth);
        assertThat(empty.status()).isEqualTo(400);

        ByteArrayOutputStream xxe = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(xxe)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        var entities = http.upload("/api/v1/talent-imports", "evil.xlsx", xxe.toByteArray(), "Authorization", auth);
        assertThat(entities.status()).isEqualTo(400);
        assertThat(entities.json().get("detail").asString()).contains("XML");

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        var zipBomb = http.upload("/api/v1/talent-imports", "bomb.xlsx", bomb.toByteArray(), "Authorization", auth);
        assertThat(zipBomb.status()).isEqualTo(400);
        assertThat(zipBomb.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void aFileMissingRequiredColumnsOrTooLongFailsAndChangesNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from talent", Long.class);
        JsonNode missing = importFile("x.csv", Spreadsheets.csv(List.of("姓名", "职务"), List.of(List.of("张三", "主任")),
                StandardCharsets.UTF_8, false));
        assertThat(missing.get("status").asString()).isEqualTo("FAILED");
        assertThat(missing.get("failureCode").asString()).isEqualTo("import.file.missingColumns");

        List<List<String>> many = new ArrayList<>();
        for (int i = 0; i < ImportInternals.maxRows(context) + 1; i++) {
            many.add(List.of("赵" + i, TestIdentities.identity("330106", i % 2 == 0), "330100", "专利代理师"));
        }
        JsonNode tooLong = importFile("many.csv", Spreadsheets.csv(List.of("姓名", "身份证号码", "行政区划代码", "人才类别"),
                many, StandardCharsets.UTF_8, false));
        assertThat(tooLong.get("status").asString()).isEqualTo("FAILED");
        assertThat(tooLong.get("failureCode").asString()).isEqualTo("import.file.tooManyRows");
        assertThat(jdbc.queryForObject("select count(*) from talent", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from talent_import_row", Long.class)).isZero();
    }

    @Test
    void batchesAlreadyMergedAreRolledBackWhenTheImportFails() throws Exception {
        long before = jdbc.queryForObject("select count(*) from talent", Long.class);
        String hash = "rollback-" + System.nanoTime();
        CopyRows batch = new CopyRows(1);
        batch.row(0L, 2, "回滚", "MALE", null, "cipher", hash, "330106********0011", null, null, null, null, null,
                null, null, null, null, "330100", "330000", null, null, "", null, null, "fingerprint", false);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ImportMerge.begin(new ImportContext(0, RegionScope.national(), Locale.CHINA, true,
                    new JdbcTemplate(new SingleConnectionDataSource(connection, true)), connection)).apply(batch);
            // merged inside the import's transaction, which nobody else sees
            assertThat(jdbc.queryForObject("select count(*) from talent where identity_hash = ?", Long.class, hash))
                    .isZero();
            connection.rollback();
            connection.setAutoCommit(true);
        }
        // closed without a commit, as after a failure in a later batch: nothing of the file is left
        assertThat(jdbc.queryForObject("select count(*) from talent where identity_hash = ?", Long.class, hash))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from talent", Long.class)).isEqualTo(before);
    }

    @Test
    void anotherProvinceNeitherListsNorOpensAnImport() throws Exception {
        JsonNode job = importFile("x.csv", Spreadsheets.csv(List.of("姓名", "身份证号码", "行政区划代码", "人才类别"),
                List.of(List.of("冯" + System.nanoTime(), TestIdentities.identity("330106", true), "330100", "专利代理师")),
                StandardCharsets.UTF_8, false));
        UserSummary jiangsu = accounts.active("js.admin", Role.PROVINCIAL_ADMIN, "320000");
        String other = "Bearer " + tokens.issue(jiangsu.id(), "import").token();
        assertThat(http.get("/api/v1/talent-imports/" + job.get("id").asLong(), "Authorization", other).status())
                .isEqualTo(404);
        assertThat(TestAccounts.as(jiangsu, () -> imports.recent(talentImports))).noneMatch(j -> j.id() == job.get("id").asLong());
        assertThat(TestAccounts.as(officer, () -> imports.recent(talentImports))).anyMatch(j -> j.id() == job.get("id").asLong());
    }

    @Test
    void anImportInterruptedByACrashIsRunAgainAtStartUp() throws Exception {
        String marker = "续" + Long.toString(System.nanoTime(), 36);
        Path stored = ImportInternals.directory(context).resolve("crashed-" + marker + ".upload");
        Files.createDirectories(stored.getParent());
        Files.write(stored, Spreadsheets.csv(List.of("姓名", "身份证号码", "行政区划代码", "人才类别"),
                List.of(List.of("周" + marker, TestIdentities.identity("330106", true), "330100", "专利代理师")),
                StandardCharsets.UTF_8, false));
        Long id = jdbc.queryForObject("""
                insert into import_job (kind, status, file_name, stored_file, format, uploaded_by, uploaded_by_id,
                  scope_region, scope_national, attempts, created_at, started_at)
                values ('TalentImport', 'RUNNING', 'crashed.csv', ?, 'CSV', ?, ?, '330000', false, 1, ?, ?) returning id""", Long.class,
                stored.toString(), officer.username(), officer.id(), Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
        ImportInternals.resumeInterrupted(context);
        JsonNode job = waitFor(http.get("/api/v1/talent-imports/" + id, "Authorization", auth).json());
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("importedRows").asInt()).isEqualTo(1);
    }
}
