package org.iptalent.registry.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.ExportFormat;
import org.iptalent.support.Http;
import org.iptalent.support.ImportJobs;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An export speaks the user's language, labels and values alike, and imports again whichever it speaks. */
@PlatformTest
class ExportLanguageTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.iptalent.identity.internal.ApiTokens tokens;
    @Autowired
    TalentExport export;

    @Test
    void anEnglishExportIsInEnglishAndImportsAgainUnchanged() throws Exception {
        UserSummary officer = accounts.active("exp.zj", Role.PROVINCIAL_ADMIN, "330000");
        String auth = "Bearer " + tokens.issue(officer.id(), "export").token();
        Http http = new Http(port);
        String marker = "英" + Long.toString(System.nanoTime(), 36);
        JsonNode first = ImportJobs.run(http, auth, "talents.csv", Spreadsheets.csv(List.of("姓名", "身份证号码", "行政区划代码", "人才类别",
                "学历", "资格类型", "资格证书编号", "工作单位", "统一社会信用代码"), List.of(List.of("王" + marker,
                        TestIdentities.identity("330106", true), "330100", "专利代理师、知识产权信息服务人员", "硕士研究生",
                        "专利代理师资格", "Q-" + marker, marker + "事务所", TestIdentities.creditCode())),
                StandardCharsets.UTF_8, false));
        assertThat(first.get("importedRows").asInt()).isEqualTo(1);

        ByteArrayOutputStream english = new ByteArrayOutputStream();
        TestAccounts.as(officer, () -> write(TalentCriteria.text(marker), Locale.ENGLISH, english));
        List<List<String>> rows = csv(english.toString(StandardCharsets.UTF_8));
        assertThat(rows.get(0)).startsWith("Name", "Identity number", "Gender").endsWith("Status");
        assertThat(rows.get(1)).contains("Male", "Active").doesNotContain("男", "在岗", "硕士研究生");
        assertThat(String.join("|", rows.get(1))).doesNotContainPattern("[专利代理师]{5}");
        assertThat(TestAccounts.as(officer, () -> export.fileName(ExportFormat.CSV, false, Locale.ENGLISH)))
                .startsWith("talents-");
        assertThat(export.fileName(ExportFormat.XLSX, true, Locale.CHINA)).startsWith("人才名单（未脱敏）-");

        JsonNode again = ImportJobs.run(http, auth, "talents.csv", english.toByteArray());
        assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(again.get("errorRows").asInt()).isZero();
        assertThat(again.get("importedRows").asInt()).isZero();
        assertThat(again.get("unchangedRows").asInt() + again.get("updatedRows").asInt()).isEqualTo(1);

        ByteArrayOutputStream chinese = new ByteArrayOutputStream();
        TestAccounts.as(officer, () -> write(TalentCriteria.text(marker), Locale.CHINA, chinese));
        List<List<String>> zh = csv(chinese.toString(StandardCharsets.UTF_8));
        assertThat(zh.get(0)).startsWith("姓名", "身份证号码", "性别").endsWith("状态");
        assertThat(zh.get(1)).contains("男", "在岗", "硕士研究生");
    }

    @Test
    void anEnglishUploadsErrorReportNamesEachProblemsColumnInEnglishOnALineOfItsOwn() throws Exception {
        UserSummary officer = accounts.active("exp.err", Role.PROVINCIAL_ADMIN, "330000");
        String auth = "Bearer " + tokens.issue(officer.id(), "export").token();
        Http http = new Http(port);
        byte[] file = Spreadsheets.csv(List.of("Name", "Identity number", "Region code", "Categories", "Gender"),
                List.of(List.of("Li", "330106199001011233", "330100", "Patent agents", "X")), StandardCharsets.UTF_8,
                false);
        var upload = http.upload("/api/v1/talent-imports", "talents.csv", file, "Authorization", auth,
                "Accept-Language", "en");
        JsonNode job = org.iptalent.support.ImportJobs.await(http, auth, upload.json().get("id").asLong());
        assertThat(job.get("errorRows").asInt()).isEqualTo(1);
        var report = Spreadsheets.read(http.download(job.get("errorReportUrl").asString(), "Authorization", auth));
        String errors = report.get(1).get(report.get(1).size() - 1);
        assertThat(errors.lines().toList()).hasSize(2).anyMatch(l -> l.startsWith("Identity number: "))
                .anyMatch(l -> l.startsWith("Gender: "));
        assertThat(errors).doesNotContain("身份证号码", "性别", "：", "；");
    }

    private int write(TalentCriteria criteria, Locale locale, ByteArrayOutputStream out) {
        try {
            return export.write(criteria, ExportFormat.CSV, true, "核对导出的语言", locale, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The export's CSV: a byte-order mark, every field quoted, CRLF lines. */
    private static List<List<String>> csv(String text) {
        return text.replace("\uFEFF", "").lines().filter(l -> !l.isBlank()).map(line -> {
            List<String> fields = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"((?:[^\"]|\"\")*)\"|(?<=^|,)(?=,|$)")
                    .matcher(line);
            while (m.find()) {
                fields.add(m.group(1) == null ? "" : m.group(1).replace("\"\"", "\""));
            }
            return fields;
        }).toList();
    }
}
