package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.iptalent.demand.report.EmployerAccounts;
import org.iptalent.demand.round.SurveyRounds;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An employer imports its demand in Chromium: the template, a file with a bad row, the job's result and the error
 * workbook with the row's reason; the good rows are on its list. In Chinese, then the list in English.
 */
@PlatformTest
class DemandBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    EmployerAccounts employers;
    @Autowired
    SurveyRounds rounds;

    @Test
    void anEmployerImportsItsDemandAndGetsTheRejectedRowsBackInAnErrorWorkbook() throws Exception {
        int year = 2070;
        UserSummary guangxi = accounts.active("dmb.gx", Role.PROVINCIAL_ADMIN, "450000");
        OrganisationView nanning = TestAccounts.as(guangxi, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("南宁需求浏览"), "ENTERPRISE", TestIdentities.creditCode(), "450100", "65")));
        UserSummary employer = accounts.active("dmb.emp", Role.EMPLOYER, "450000");
        TestAccounts.as(guangxi, () -> {
            employers.link(employer.id(), nanning.id());
            rounds.open(year);
            return null;
        });
        String y = String.valueOf(year);
        byte[] file = Spreadsheets.xlsx(List.of("调查年度", "需求时间", "需求地区代码", "行业代码", "人才队伍", "人才类别",
                "学历要求", "需求人数"), List.of(
                List.of(y, "当前", "450100", "65", "APPLICATION", "APP_PATENT_AGENT", "MASTER", "6"),
                List.of(y, "3年内", "450100", "65", "APPLICATION", "APP_OPERATION", "BACHELOR", "11"),
                List.of(y, "1年内", "440100", "65", "APPLICATION", "APP_OPERATION", "BACHELOR", "-3")));

        signIn(employer.username(), TestAccounts.PASSWORD);
        page.navigate(url("/demand"));
        assertThat(page.locator("h1")).hasText("用人单位人才需求");
        page.click("#import-demand");
        Download template = page.waitForDownload(() -> page.click("#download-template"));
        assertThat(Spreadsheets.read(Files.readAllBytes(template.path())).get(0)).startsWith("调查年度 *", "需求时间 *");

        page.setInputFiles("#file", new FilePayload("需求.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
        page.click("#start-import");
        var job = page.locator("#import-jobs tbody tr").first();
        assertThat(job.locator(".job-status")).hasText("已完成", new LocatorAssertions.HasTextOptions()
                .setTimeout(30_000));
        assertThat(job.locator(".job-result")).hasText("新增 2，更新 0，未变化 0，错误 1");
        screenshot("demand/import-done");

        Download report = page.waitForDownload(() -> job.locator(".error-report").click());
        List<List<String>> rows = Spreadsheets.read(Files.readAllBytes(report.path()));
        assertThat(rows).hasSize(2);
        String reasons = rows.get(1).get(rows.get(1).size() - 1);
        assertThat(reasons).contains("需求地区“440100”不在您的管辖", "需求人数“-3”须在 0 到 10000 之间");

        page.navigate(url("/demand?year=" + year));
        assertThat(page.locator("#demand-table tbody tr")).hasCount(2);
        assertThat(page.locator("#demand-table .demand-count")).containsText(new String[] {"11", "6"});
        page.navigate(url("/demand?year=" + year + "&lang=en"));
        assertThat(page.locator("h1")).hasText("Employers' demand for IP staff");
        assertThat(page.locator("#demand-table")).containsText("Within 3 years");
    }
}
