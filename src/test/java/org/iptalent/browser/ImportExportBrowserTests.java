package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.internal.AuditSearch;
import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** An officer imports a spreadsheet and fixes what it rejected; exports are masked unless justified. */
@PlatformTest
class ImportExportBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TalentRecords records;
    @Autowired
    AuditSearch audit;
    @Autowired
    org.iptalent.audit.web.AuditTexts texts;

    @Test
    void anImportShowsItsProgressAndOffersTheRejectedRowsBack() throws Exception {
        UserSummary officer = accounts.active("sc.admin", Role.PROVINCIAL_ADMIN, "510000");
        String marker = "川" + Long.toString(System.nanoTime(), 36);
        byte[] file = Spreadsheets.xlsx(List.of("姓名", "身份证号码", "行政区划代码", "人才类别", "手机号码"), List.of(
                List.of("杜" + marker, TestIdentities.identity("510104", true), "成都市", "专利代理师", "13566667777"),
                List.of("李" + marker, TestIdentities.identity("510104", false), "510100", "企业知识产权管理人员", ""),
                List.of("白" + marker, "510104199001011233", "510100", "专利代理师", "")));
        signIn(officer.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/talents"));
        page.click("#import-talents");
        Download template = page.waitForDownload(() -> page.click("#download-template"));
        assertThat(Spreadsheets.read(Files.readAllBytes(template.path())).get(0)).startsWith("姓名 *", "身份证号码 *", "性别");

        page.setInputFiles("#file", new FilePayload("四川人才.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
        page.click("#start-import");
        assertThat(page.locator(".alert-success")).containsText("正在后台导入");
        var job = page.locator("#import-jobs tbody tr").first();
        assertThat(job.locator(".job-status")).hasText("已完成", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(job.locator(".job-result")).hasText("新增 2，更新 0，未变化 0，错误 1");
        screenshot("registry/import-done");

        Download report = page.waitForDownload(() -> job.locator(".error-report").click());
        List<List<String>> rows = Spreadsheets.read(Files.readAllBytes(report.path()));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("白" + marker);
        assertThat(rows.get(1).get(rows.get(1).size() - 1)).contains("身份证号码", "校验位");

        page.navigate(url("/talents?q=" + marker));
        assertThat(page.locator("#total")).hasText("共 2 人");
    }

    @Test
    void exportsAreMaskedAndOnlyAJustifiedExportShowsIdentityNumbers() throws Exception {
        UserSummary officer = accounts.active("hb.admin", Role.PROVINCIAL_ADMIN, "420000");
        String marker = "鄂" + Long.toString(System.nanoTime(), 36);
        String identity = TestIdentities.identity("420106", true);
        TestAccounts.as(officer, () -> records.create(new TalentInput("程" + marker, null, null, identity,
                "13900001234", "cheng@example.cn", null, null, null, null, null, "420100", null,
                List.of("APP_OPERATION"), "=1+1", null, null, null), Talent.Source.MANUAL));
        signIn(officer.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/talents?q=" + marker));
        assertThat(page.locator("#total")).hasText("共 1 人");

        Download masked = page.waitForDownload(() -> page.click("#export-xlsx"));
        List<List<String>> rows = Spreadsheets.read(Files.readAllBytes(masked.path()));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("程" + marker, identity.substring(0, 6) + "********" + identity.substring(14),
                "139****1234", "'=1+1").doesNotContain(identity, "13900001234");

        Download csv = page.waitForDownload(() -> page.click("#export-csv"));
        String text = Files.readString(csv.path());
        assertThat(text).startsWith("\uFEFF").contains("程" + marker).doesNotContain(identity);

        page.click("details.unmask-export summary");
        page.fill("#reason", "核对专利代理师执业信息");
        Download clear = page.waitForDownload(() -> page.click("#unmasked-export button[type=submit]"));
        assertThat(Spreadsheets.read(Files.readAllBytes(clear.path())).get(1)).contains(identity, "13900001234");

        var exports = audit.find(new AuditSearch.Criteria(officer.username(), AuditAction.EXPORT, null, null, null,
                null), PageRequest.of(0, 10));
        assertThat(exports.getTotalElements()).isEqualTo(3);
        assertThat(texts.detail(exports.getContent().get(0), java.util.Locale.ENGLISH))
                .contains("UNMASKED", "核对专利代理师执业信息");
    }

    @Test
    void aCityAdministratorMayNotExportInClear() {
        UserSummary city = accounts.active("wh.admin", Role.CITY_ADMIN, "420100");
        signIn(city.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/talents"));
        assertThat(page.locator("details.unmask-export")).hasCount(0);
        var response = page.request().post(url("/talents/export"), com.microsoft.playwright.options.RequestOptions
                .create().setForm(com.microsoft.playwright.options.FormData.create().set("reason", "想看看"))
                .setMaxRedirects(0));
        assertThat(response.status()).isIn(302, 403);
        assertThat(response.headers().get("content-type")).doesNotContain("spreadsheet");
    }
}
