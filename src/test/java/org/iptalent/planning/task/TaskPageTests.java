package org.iptalent.planning.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.platform.DashboardCard;
import org.iptalent.platform.DashboardCards;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The task pages as a browser gets them: the 14th plan's tasks and matrix, the national office adding a task (a bad
 * form refused field by field), a province's form refusing bad figures under their row and submitting, its list of
 * reports to write, the review page, and another province kept out; in Chinese and English.
 */
@PlatformTest
class TaskPageTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<DashboardCards> cards;

    TaskFixtures fixtures;
    UserSummary national;
    UserSummary guangdong;
    int year;

    @AfterEach
    void restorePlanInForce() {
        fixtures.restore();
    }

    @BeforeEach
    void data() {
        fixtures = new TaskFixtures(context);
        national = accounts.active("tpage.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("tpage.gd", Role.PROVINCIAL_ADMIN, "440000");
        year = LocalDate.now().getYear();
    }

    @Test
    void theNationalOfficeReadsTheFourteenthPlansTasksAndAddsOne() {
        Http http = new Http(port);
        http.signInEnrolling(national.username(), TestAccounts.PASSWORD);
        long fourteenth = jdbc.queryForObject("select id from plan where starts_year = 2021 and ends_year = 2025",
                Long.class);
        Http.Response list = http.get("/plans/" + fourteenth + "/tasks");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("加强知识产权保护人才队伍建设，推动知识产权保护迈上新台阶", "知识产权人才培训基地建设工程",
                "IV(6)", "2026-01-31").doesNotContain("id=\"task-new\"");
        long first = jdbc.queryForObject("select id from plan_task where plan_id = ? and kind = 'MAIN_TASK' "
                + "and number = 1", Long.class, fourteenth);
        Http.Response task = http.get("/plans/tasks/" + first + "?state=OVERDUE");
        assertThat(task.status()).isEqualTo(200);
        assertThat(task.body()).contains("知识产权保护司", "各地区进展报告").doesNotContain("id=\"task-edit\"");

        long plan = fixtures.plan("页面测试规划", year, year + 4);
        Http.Response empty = http.postForm("/plans/" + plan + "/tasks/new", "/plans/" + plan + "/tasks",
                "kind=MAIN_TASK&number=&titleZh=&titleEn=&descriptionZh=&departmentZh=");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"number-feedback\"", "id=\"titleZh-feedback\"",
                "id=\"regions-feedback\"", "请至少选择一个负责省份。");
        Http.Response added = http.postForm("/plans/" + plan + "/tasks/new", "/plans/" + plan + "/tasks",
                "kind=KEY_PROJECT&number=2&titleZh=" + enc("知识产权网络培训课程建设工程") + "&titleEn=Online+courses"
                        + "&descriptionZh=" + enc("建设网络课程资源库") + "&departmentZh=" + enc("人事司")
                        + "&regions=440000&regions=320000&version=0");
        assertThat(added.status()).isEqualTo(302);
        Http.Response shown = http.get(added.header("Location"));
        assertThat(shown.body()).contains("IV(2)", "知识产权网络培训课程建设工程", "共 2 个省份");
        assertThat(http.get("/plans/" + plan + "/tasks").body()).contains("id=\"task-new\"", "period-form");
        Http.Response english = http.get("/plans/tasks/" + first + "?lang=en");
        assertThat(english.body()).contains("Strengthen the building of talents for intellectual property protection",
                "Department of IP Protection", "Guangdong");
    }

    @Test
    void aProvinceWritesItsReportAndTheNationalOfficeReviewsIt() {
        long plan = fixtures.planInForce("页面填报规划", year - 1, year + 1);
        long task = fixtures.task(national, plan, 1, "440000").getId();
        long period = fixtures.period(plan, year - 1).getId();
        String form = "/plans/tasks/" + task + "/periods/" + period + "/report";

        Http province = new Http(port);
        province.signInEnrolling(guangdong.username(), TestAccounts.PASSWORD);
        Http.Response mine = province.get("/plans/progress-reports");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("广东省进展报告", "data-task=\"" + task + "\"", "已逾期");
        Http.Response ofThePlan = province.get("/plans/progress-reports?plan=" + plan);
        assertThat(ofThePlan.status()).as("one plan's reports").isEqualTo(200);
        assertThat(ofThePlan.body()).contains("data-task=\"" + task + "\"", "已逾期");
        assertThat(province.get(form).body()).contains("id=\"report-form\"", "保存草稿后可以上传附件。");

        Http.Response refused = province.postForm(form, form, "text=" + enc("广东省年度进展") + "&figures[0].indicator="
                + "&figures[0].value=5&figures[1].indicator=no-such&figures[1].value=3&action=submit");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"figures[0].indicator-feedback\"",
                "id=\"figures[1].indicator-feedback\"", "本规划没有代码为“no-such”的指标。");
        assertThat(jdbc.queryForObject("select count(*) from progress_report where task_id = ?", Long.class, task))
                .isZero();

        Http.Response submitted = province.postForm(form, form, "text=" + enc("广东省举办培训班 12 期。\n培训 1,860 人次。")
                + "&figures[0].indicator=ip-talents&figures[0].value=8.6&figures[0].comment=" + enc("全省")
                + "&figures[1].indicator=&figures[1].value=&action=submit");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
        String reportPage = java.net.URI.create(submitted.header("Location")).getPath();
        Http.Response report = province.get(reportPage);
        assertThat(report.body()).contains("进展报告已提交", "培训 1,860 人次。", "逾期提交", "8.6 万人")
                .doesNotContain("id=\"review-card\"");

        Http other = new Http(port);
        UserSummary jiangsu = accounts.active("tpage.js", Role.PROVINCIAL_ADMIN, "320000");
        other.signInEnrolling(jiangsu.username(), TestAccounts.PASSWORD);
        assertThat(other.get(reportPage).status()).isEqualTo(404);
        Http.Response notResponsible = other.get(form);
        assertThat(notResponsible.status()).isEqualTo(302);
        assertThat(other.get(notResponsible.header("Location")).body()).contains("id=\"task-errors\"",
                "您所在省份不是任务 III(1) 的负责地区");

        Http nationalOffice = new Http(port);
        nationalOffice.signInEnrolling(national.username(), TestAccounts.PASSWORD);
        assertThat(nationalOffice.get("/plans/progress-reports").body()).contains(reportPage, "待审核的进展报告");
        Http.Response review = nationalOffice.get(reportPage + "?lang=en");
        assertThat(review.body()).contains("id=\"review-card\"", "Return for changes", "Submitted late");
        long version = jdbc.queryForObject("select version from progress_report where task_id = ?", Long.class, task);
        Http.Response noNote = nationalOffice.postForm(reportPage, reportPage + "/review", "version=" + version
                + "&decision=RETURN&note=");
        assertThat(nationalOffice.get(noNote.header("Location")).body()).contains("Say why when returning a report.");
        Http.Response accepted = nationalOffice.postForm(reportPage, reportPage + "/review", "version=" + version
                + "&decision=ACCEPT");
        assertThat(nationalOffice.get(accepted.header("Location")).body()).contains("Progress report accepted.",
                "data-state=\"ACCEPTED\"");
        // the home page's cards: the province owes nothing more on this plan, the national office has one less to review
        CurrentUser gd = new CurrentUser(guangdong.id(), guangdong.username(), guangdong.displayName(),
                guangdong.roles(), guangdong.regionCode());
        List<DashboardCard> cards = TestAccounts.as(guangdong, () -> this.cards.stream()
                .flatMap(c -> c.cardsFor(gd).stream()).toList());
        assertThat(cards).filteredOn(c -> c.titleKey().equals("planning.task.card.mine")).singleElement()
                .satisfies(card -> assertThat(card.link()).isEqualTo("/plans/progress-reports"));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
