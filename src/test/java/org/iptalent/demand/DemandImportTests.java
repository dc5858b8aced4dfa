package org.iptalent.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.iptalent.demand.imports.DemandImports;
import org.iptalent.demand.report.EmployerAccounts;
import org.iptalent.demand.round.SurveyRounds;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.ImportJob;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Demand from real XLSX files through the platform's import pipeline: an employer's file records its good rows for
 * its own organisation and returns the bad ones (unknown codes, a negative and an absurd count, a place outside its
 * province, a row given twice) in an error workbook with their reasons; an administration's file names employers by
 * credit code, and one outside its region is refused; a second upload updates the counts.
 */
@PlatformTest
class DemandImportTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    EmployerAccounts employers;
    @Autowired
    SurveyRounds rounds;
    @Autowired
    DemandImports imports;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    static final List<String> HEADER = List.of("调查年度", "需求时间", "需求地区代码", "行业代码", "人才队伍", "人才类别",
            "资格要求", "学历要求", "需求人数");

    private static <T> T as(UserSummary user, java.util.function.Supplier<T> work) {
        return TestAccounts.as(user, work);
    }

    private ImportJob await(UserSummary user, long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            ImportJob job = as(user, () -> imports.job(id));
            if (job.finished()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private ImportJob upload(UserSummary user, byte[] xlsx, boolean updateExisting) throws Exception {
        ImportJob job = as(user, () -> {
            try {
                return imports.submit("需求.xlsx", xlsx.length, new ByteArrayInputStream(xlsx), updateExisting,
                        Locale.SIMPLIFIED_CHINESE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return await(user, job.id());
    }

    @Test
    void anEmployersFileRecordsItsGoodRowsAndReturnsTheBadOnesWithTheirReasons() throws Exception {
        int year = 2080;
        UserSummary anhui = accounts.active("dmi.ah", Role.PROVINCIAL_ADMIN, "340000");
        OrganisationView hefei = as(anhui, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("合肥需求导入"), "ENTERPRISE", TestIdentities.creditCode(), "340100", "65")));
        UserSummary employer = accounts.active("dmi.emp", Role.EMPLOYER, "340000");
        as(anhui, () -> {
            employers.link(employer.id(), hefei.id());
            rounds.open(year);
            return null;
        });
        String y = String.valueOf(year);
        byte[] xlsx = Spreadsheets.xlsx(HEADER, List.of(
                List.of(y, "当前", "340100", "65", "APPLICATION", "专利代理师", "专利代理师资格", "硕士研究生", "5"),
                List.of(y, "Y3", "340200", "65", "知识产权运用人才队伍", "APP_OPERATION", "", "BACHELOR", "12"),
                // unknown industry and education codes
                List.of(y, "Y1", "340100", "XX", "APPLICATION", "APP_OPERATION", "", "PHD", "3"),
                // a negative and an absurd count
                List.of(y, "Y1", "340100", "65", "APPLICATION", "APP_OPERATION", "", "MASTER", "-2"),
                List.of(y, "Y5", "340100", "65", "APPLICATION", "APP_OPERATION", "", "MASTER", "50000"),
                // outside the employer's province
                List.of(y, "Y1", "320100", "65", "APPLICATION", "APP_OPERATION", "", "MASTER", "2"),
                // the first row again
                List.of(y, "当前", "340100", "65", "APPLICATION", "APP_PATENT_AGENT", "PATENT_AGENT", "MASTER", "6"),
                // a year whose round is not open
                List.of(String.valueOf(year + 1), "Y1", "340100", "65", "APPLICATION", "APP_OPERATION", "",
                        "MASTER", "2")));
        ImportJob job = upload(employer, xlsx, true);
        assertThat(job.state()).as(String.valueOf(job.failure())).isEqualTo(ImportJob.State.COMPLETED);
        assertThat(job.counts().created()).isEqualTo(2);
        assertThat(job.refusedRows()).isEqualTo(6);
        assertThat(jdbc.queryForList("select headcount from demand_report where organisation_id = ? order by 1",
                Integer.class, hefei.id())).containsExactly(5, 12);
        assertThat(jdbc.queryForObject("select city_code from demand_report where organisation_id = ? and "
                + "headcount = 12", String.class, hefei.id())).isEqualTo("340200");

        var report = as(employer, () -> imports.errorReport(job.id())).orElseThrow();
        List<List<String>> rows = Spreadsheets.read(Files.readAllBytes(report));
        String errors = rows.stream().map(r -> String.join("|", r)).reduce("", (a, b) -> a + "\n" + b);
        assertThat(rows).as(errors).hasSize(7);
        assertThat(errors).contains("代码“XX”不存在", "代码“PHD”不存在", "需求人数“-2”须在 0 到 10000 之间",
                "需求人数“50000”须在 0 到 10000 之间", "需求地区“320100”不在您的管辖", "与第 2 行是同一项需求",
                (year + 1) + " 年度的需求调查未开放");

        // the same file again, counts changed: updated, not added
        byte[] again = Spreadsheets.xlsx(HEADER, List.of(
                List.of(y, "NOW", "340100", "65", "APPLICATION", "APP_PATENT_AGENT", "PATENT_AGENT", "MASTER", "7")));
        ImportJob second = upload(employer, again, true);
        assertThat(second.counts().updated()).isEqualTo(1);
        assertThat(jdbc.queryForList("select headcount from demand_report where organisation_id = ? order by 1",
                Integer.class, hefei.id())).containsExactly(7, 12);

        // the job is the employer's: another employer does not find it
        OrganisationView other = as(anhui, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("芜湖需求导入"), "ENTERPRISE", TestIdentities.creditCode(), "340200", "65")));
        UserSummary otherEmployer = accounts.active("dmi.emp2", Role.EMPLOYER, "340000");
        as(anhui, () -> {
            employers.link(otherEmployer.id(), other.id());
            return null;
        });
        assertThatThrownBy(() -> as(otherEmployer, () -> imports.job(job.id())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void anAdministrationsFileNamesEmployersByCreditCodeWithinItsRegionOverTheApi() throws Exception {
        UserSummary shanxi = accounts.active("dmi.sx", Role.PROVINCIAL_ADMIN, "140000");
        UserSummary hebei = accounts.active("dmi.he", Role.PROVINCIAL_ADMIN, "130000");
        OrganisationView taiyuan = as(shanxi, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("太原需求"), "ENTERPRISE", TestIdentities.creditCode(), "140100", "65")));
        OrganisationView shijiazhuang = as(hebei, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("石家庄需求"), "ENTERPRISE", TestIdentities.creditCode(), "130100", "65")));
        List<String> header = List.of("Unified social credit code", "Survey year", "Needed by", "Region code",
                "Industry code", "Team", "Category", "Education", "Number needed");
        byte[] xlsx = Spreadsheets.xlsx(header, List.of(
                List.of(taiyuan.creditCode(), "2024", "Within 3 years", "140100", "65", "APPLICATION",
                        "APP_OPERATION", "MASTER", "9"),
                List.of(shijiazhuang.creditCode(), "2024", "Y3", "140100", "65", "APPLICATION", "APP_OPERATION",
                        "MASTER", "4"),
                List.of("91000000000000000X", "2024", "Y3", "140100", "65", "APPLICATION", "APP_OPERATION",
                        "MASTER", "4")));
        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(shanxi.id(), "test").token();
        var uploaded = http.upload("/api/v1/demand-imports", "需求.xlsx", xlsx, "Authorization", token,
                "Accept-Language", "en");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(202);
        long id = uploaded.json().get("id").asLong();
        JsonNode job = null;
        for (int i = 0; i < 600; i++) {
            job = http.get("/api/v1/demand-imports/" + id, "Authorization", token).json();
            if (List.of("COMPLETED", "FAILED").contains(job.get("status").asString())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("importedRows").asInt()).isEqualTo(1);
        assertThat(job.get("errorRows").asInt()).isEqualTo(2);
        byte[] report = http.download(job.get("errorReportUrl").asString(), "Authorization", token,
                "Accept-Language", "en");
        String errors = String.join("\n", Spreadsheets.read(report).stream().map(r -> String.join("|", r)).toList());
        assertThat(errors).contains("is outside your region", "No organisation has the unified social credit code");
        assertThat(jdbc.queryForObject("select headcount from demand_report where organisation_id = ?",
                Integer.class, taiyuan.id())).isEqualTo(9);
    }
}
