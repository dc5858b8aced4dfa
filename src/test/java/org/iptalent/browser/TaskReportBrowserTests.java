package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.microsoft.playwright.options.FilePayload;
import org.iptalent.identity.UserSummary;
import org.iptalent.planning.task.TaskFixtures;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A province's administrator writes and submits its progress report on a plan's task, the national administrator
 * reviews and accepts it; in Chinese, and in English with an attachment.
 */
@PlatformTest
class TaskReportBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;

    TaskFixtures fixtures;
    UserSummary national;
    UserSummary guangdong;
    long plan;
    long task;
    int year;

    @AfterEach
    void restorePlanInForce() {
        fixtures.restore();
    }

    @BeforeEach
    void data() {
        fixtures = new TaskFixtures(context);
        national = accounts.active("btask.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("btask.gd", Role.PROVINCIAL_ADMIN, "440000");
        year = LocalDate.now().getYear();
        plan = fixtures.planInForce("浏览器测试规划", year - 1, year + 1);
        task = fixtures.task(national, plan, 1, "440000", "320000").getId();
    }

    @Test
    void aProvinceSubmitsItsReportAndTheNationalOfficeAcceptsIt() {
        signIn(guangdong.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/plans/progress-reports"));
        var row = page.locator("#slots-table tr[data-task='" + task + "'][data-year='" + (year - 1) + "']");
        assertThat(row).containsText("已逾期");
        row.locator(".slot-write").click();
        // nothing written: refused under the field, nothing saved
        page.click("#report-submit");
        assertThat(page.locator("#text-feedback")).containsText("必填项");
        page.fill("#text", "广东省举办知识产权行政裁决培训班 12 期，培训 1,860 人次。\n下一步将充实技术调查官队伍。");
        page.selectOption("[id='figures0.indicator']", "ip-talents");
        page.fill("[id='figures0.value']", "8.6");
        page.fill("[id='figures0.comment']", "全省人才总数");
        screenshot("task/report-form");
        page.click("#report-submit");
        assertThat(page.locator(".alert-success")).containsText("进展报告已提交");
        assertThat(page.locator("#report-state")).containsText("已提交");
        assertThat(page.locator("#report-late")).containsText("逾期提交");
        assertThat(page.locator("#figures-table")).containsText("8.6 万人");
        assertThat(page.locator("#report-edit")).hasCount(0);
        page.click("#user-menu");
        page.click("#logout");

        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/plans/progress-reports?plan=" + plan));
        page.locator("#waiting-table tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("广东"))
                .locator("a").first().click();
        assertThat(page.locator("#report-text")).containsText("培训 1,860 人次");
        screenshot("task/review");
        page.click("#report-accept");
        assertThat(page.locator(".alert-success")).containsText("进展报告已审核通过");
        assertThat(page.locator("#report-state")).containsText("已通过");
        assertThat(page.locator("#review-card")).hasCount(0);

        page.navigate(url("/plans/tasks/" + task));
        assertThat(page.locator("#matrix tr[data-region='440000'] td[data-year='" + (year - 1) + "']"))
                .containsText("已通过");
        assertThat(page.locator("#matrix tr[data-region='320000'] td[data-year='" + (year - 1) + "']"))
                .containsText("已逾期");
        page.selectOption("#state", "OVERDUE");
        page.click("button[type=submit]:has-text('筛选')");
        assertThat(page.locator("#matrix tbody tr")).hasCount(1);
        screenshot("task/matrix");
    }

    @Test
    void inEnglishWithAnAttachment() {
        signIn(guangdong.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/plans/tasks/" + task + "?lang=en"));
        assertThat(page.locator("#task-title")).containsText("Task 1");
        page.locator("#matrix tr[data-region='440000'] td[data-year='" + (year - 1) + "'] a").click();
        page.fill("#text", "Guangdong trained 1,860 administrative adjudication staff in 12 classes.");
        page.click("#report-save");
        assertThat(page.locator(".alert-success")).containsText("Draft saved.");
        page.setInputFiles("#file", new FilePayload("training summary.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1)));
        page.click("#attach-submit");
        assertThat(page.locator("#files")).containsText("training summary.pdf");
        page.setInputFiles("#file", new FilePayload("notes.html", "text/html",
                "<html><body>notes</body></html>".getBytes(StandardCharsets.UTF_8)));
        page.click("#attach-submit");
        assertThat(page.locator("#file-errors")).containsText("told by its content");
        page.click("#report-submit");
        assertThat(page.locator(".alert-success")).containsText("waits for the national office's review");
        assertThat(page.locator("#report-state")).containsText("Submitted");
        screenshot("task/report-en");
        page.click("#user-menu");
        page.click("#logout");

        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/plans/progress-reports?lang=en&plan=" + plan));
        page.locator("#waiting-table tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Guangdong"))
                .locator("a").first().click();
        assertThat(page.locator("#attachments")).containsText("training summary.pdf");
        page.click("#report-accept");
        assertThat(page.locator(".alert-success")).containsText("Progress report accepted.");
        assertThat(page.locator("#report-state")).containsText("Accepted");
        screenshot("task/accepted-en");
    }
}
