package org.iptalent.planning.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.iptalent.identity.UserSummary;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.Pdfs;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 14th plan's evaluation (shipped by V25): its final report as an A4 PDF in Chinese with the plan's and an
 * indicator's names in its text, audited as an export; the page for the national office, a province's own part for
 * its administrator, and nothing for a city's.
 */
@PlatformTest
class PlanEvaluationTests {

    static final String PLAN_NAME = "知识产权人才“十四五”规划";

    @LocalServerPort
    int port;
    @Autowired
    PlanEvaluation evaluations;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    long planId;
    UserSummary national;

    @BeforeEach
    void plan() {
        planId = jdbc.queryForObject("select min(id) from plan where name_zh = ?", Long.class, PLAN_NAME);
        national = accounts.active("peval.nat", Role.NATIONAL_ADMIN, null);
    }

    private long exports() {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Plan' and entity_id = ? "
                + "and action = 'EXPORT'", Long.class, String.valueOf(planId));
    }

    @Test
    void theFinalEvaluationIsAnA4PdfInChineseWithThePlanAndItsIndicators() throws Exception {
        long before = exports();
        EvaluationPdf pdf = TestAccounts.as(national, () -> evaluations.pdf(planId, EvaluationKind.FINAL,
                Locale.SIMPLIFIED_CHINESE));

        assertThat(pdf.fileName()).isEqualTo(PLAN_NAME + "-总结评估.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            Pdfs.keep(document, "planning", "evaluation-final-zh");
            PDPage first = document.getPage(0);
            // A4: 210 × 297 mm in points
            assertThat(first.getMediaBox().getWidth()).isBetween(594f, 596f);
            assertThat(first.getMediaBox().getHeight()).isBetween(841f, 843f);
            assertThat(Pdfs.text(document, 1)).contains(PLAN_NAME, "规划总结评估报告", "规划期2021—2025年",
                    "数据截至2025年12月31日", "生成时间");
            assertThat(Pdfs.text(document)).contains("指标完成情况", "知识产权人才数量", "全国执业专利代理师数量",
                    "各省（区、市）完成情况排名", "任务进展报告", "加强知识产权保护人才队伍建设");
            Pdfs.assertCjkFontEmbedded(first);
        }
        assertThat(exports()).isEqualTo(before + 1);

        EvaluationPdf english = TestAccounts.as(national, () -> evaluations.pdf(planId, EvaluationKind.MIDTERM,
                Locale.ENGLISH));
        try (PDDocument document = Loader.loadPDF(english.content())) {
            assertThat(Pdfs.text(document)).contains("Mid-termevaluationreport",
                    "IPtalents", "Figuresasof", "Projection").doesNotContain("规划中期评估报告");
        }
    }

    @Test
    void theNationalOfficeOpensThePageAProvinceSeesItsOwnPartAndACityNothing() {
        Http http = new Http(port);
        http.signInEnrolling(national.username(), TestAccounts.PASSWORD);
        Http.Response page = http.get("/plans/" + planId + "/evaluation?kind=FINAL&lang=zh-CN");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("规划总结评估报告", "知识产权人才数量", "id=\"evaluation-rankings\"",
                "/plans/" + planId + "/evaluation.pdf?kind=FINAL");
        Http.Response download = http.get("/plans/" + planId + "/evaluation.pdf?kind=MIDTERM");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(http.get("/plans/" + planId + "/evaluation?kind=annual&lang=zh-CN").body())
                .contains("评估类型只能是中期评估或总结评估。").doesNotContain("id=\"evaluation-indicators\"");

        UserSummary guangdong = accounts.active("peval.gd", Role.PROVINCIAL_ADMIN, "440000");
        Http province = new Http(port);
        province.signInEnrolling(guangdong.username(), TestAccounts.PASSWORD);
        Http.Response own = province.get("/plans/" + planId + "/evaluation?kind=MIDTERM&lang=zh-CN");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("规划中期评估报告", "广东", "id=\"evaluation-indicators\"")
                .doesNotContain("id=\"evaluation-rankings\"");

        UserSummary shenzhen = accounts.active("peval.sz", Role.CITY_ADMIN, "440300");
        Http city = new Http(port);
        city.signInEnrolling(shenzhen.username(), TestAccounts.PASSWORD);
        assertThat(city.get("/plans/" + planId + "/evaluation").status()).isEqualTo(403);
        assertThat(city.get("/plans/" + planId + "/evaluation.pdf").status()).isEqualTo(403);
        assertThatThrownBy(() -> TestAccounts.as(shenzhen, () -> evaluations.of(planId, EvaluationKind.FINAL,
                Locale.SIMPLIFIED_CHINESE))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theProvincesAreRankedByProgressAgainstTheirOwnTargetsAsOfTheEvaluationsMonth() {
        String source = "test.evaluation-" + TestAccounts.uniqueName("s").replace('.', '-');
        long plan = jdbc.queryForObject("""
                insert into plan (name_zh, name_en, starts_year, ends_year, status, created_at, updated_at)
                values (?, ?, 2001, 2005, 'CLOSED', now(), now()) returning id""", Long.class, source, source);
        long indicator = jdbc.queryForObject("""
                insert into indicator (plan_id, code, kind, position, name_zh, name_en, unit, target, target_year,
                                       direction, attribute, source_kind, source_code, created_at, updated_at)
                values (?, 'bases', 'MAIN', 1, '评估测试基地数量', 'Evaluation test bases', 'ITEMS', 60, 2005,
                        'AT_LEAST', 'ANTICIPATORY', 'COMPUTED', ?, now(), now()) returning id""", Long.class, plan,
                source);
        // Beijing 6 of 5 and Guangdong 12 of 10 share the first place, Jiangsu 10 of 20 comes third; a month later
        // (outside the evaluation) Jiangsu would lead
        String[][] rows = {{"110000", "5", "6"}, {"440000", "10", "12"}, {"320000", "20", "10"}};
        for (String[] row : rows) {
            jdbc.update("insert into regional_target (indicator_id, region_code, assigned, created_at, updated_at) "
                    + "values (?, ?, ?, now(), now())", indicator, row[0], new java.math.BigDecimal(row[1]));
            jdbc.update("insert into indicator_snapshot (source_code, region_code, month, value, kind, taken_at) "
                    + "values (?, ?, date '2005-12-01', ?, 'BACKFILL', now())", source, row[0],
                    new java.math.BigDecimal(row[2]));
        }
        jdbc.update("insert into indicator_snapshot (source_code, region_code, month, value, kind, taken_at) "
                + "values (?, '320000', date '2006-01-01', 99, 'BACKFILL', now())", source);

        Evaluation evaluation = TestAccounts.as(national, () -> evaluations.of(plan, EvaluationKind.FINAL,
                Locale.SIMPLIFIED_CHINESE));
        assertThat(evaluation.rankings()).singleElement().satisfies(ranking -> {
            assertThat(ranking.name()).isEqualTo("评估测试基地数量");
            assertThat(ranking.places()).hasSize(31);
            assertThat(ranking.places().subList(0, 4)).extracting(Evaluation.Place::regionCode, Evaluation.Place::rank)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("110000", 1),
                            org.assertj.core.groups.Tuple.tuple("440000", 1),
                            org.assertj.core.groups.Tuple.tuple("320000", 3),
                            org.assertj.core.groups.Tuple.tuple("120000", null));
            assertThat(ranking.places().get(2).progress()).isEqualByComparingTo("50");
        });

        Http http = new Http(port);
        http.signInEnrolling(national.username(), TestAccounts.PASSWORD);
        assertThat(http.get("/plans/" + plan + "/evaluation?lang=en").body()).contains("Final evaluation report",
                "data-ranking=\"bases\"", "data-region=\"440000\"", "Guangdong", "120.0%", "50.0%");
        long future = jdbc.queryForObject("""
                insert into plan (name_zh, name_en, starts_year, ends_year, status, created_at, updated_at)
                values (?, ?, 2090, 2094, 'DRAFT', now(), now()) returning id""", Long.class, source, source);
        Http.Response notYet = http.get("/plans/" + future + "/evaluation?kind=MIDTERM&lang=zh-CN");
        assertThat(notYet.status()).isEqualTo(200);
        assertThat(notYet.body()).contains("评估以 2092 年年底的数据为准，该年尚未结束，暂不能评估。")
                .doesNotContain("id=\"evaluation-indicators\"", "evaluation.pdf");
        assertThat(http.get("/plans/" + future + "/evaluation.pdf?kind=MIDTERM").status()).isEqualTo(302);

        UserSummary guangdong = accounts.active("peval.gd", Role.PROVINCIAL_ADMIN, "440000");
        Evaluation own = TestAccounts.as(guangdong, () -> evaluations.of(plan, EvaluationKind.FINAL, Locale.ENGLISH));
        assertThat(own.rankings()).isEmpty();
        assertThat(own.regionName()).isEqualTo("Guangdong");
        assertThat(own.indicators()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Evaluation test bases");
            assertThat(line.value()).isEqualByComparingTo("12");
            assertThat(line.target()).isEqualByComparingTo("10");
            assertThat(line.progress()).isEqualByComparingTo("120");
        });
    }

    @Test
    void eachTasksReportsAreCountedForThePeriodsUpToTheEvaluationsYearInTheRegionsInView() {
        Evaluation last = TestAccounts.as(national, () -> evaluations.of(planId, EvaluationKind.FINAL,
                Locale.SIMPLIFIED_CHINESE));
        Evaluation middle = TestAccounts.as(national, () -> evaluations.of(planId, EvaluationKind.MIDTERM,
                Locale.SIMPLIFIED_CHINESE));
        // every task of the 14th plan is every province's (V27): 31 reports a year, five years or three
        assertThat(last.reports()).isNotEmpty().allSatisfy(task -> {
            assertThat(task.expected()).isEqualTo(31 * 5);
            assertThat(task.submitted() + task.accepted() + task.returned() + task.overdue()).isLessThanOrEqualTo(155);
        });
        assertThat(last.reports().get(0).title()).isEqualTo("加强知识产权保护人才队伍建设，推动知识产权保护迈上新台阶");
        assertThat(middle.reports()).hasSameSizeAs(last.reports())
                .allSatisfy(task -> assertThat(task.expected()).isEqualTo(31 * 3));

        UserSummary guangdong = accounts.active("peval.gd", Role.PROVINCIAL_ADMIN, "440000");
        Evaluation own = TestAccounts.as(guangdong, () -> evaluations.of(planId, EvaluationKind.FINAL,
                Locale.SIMPLIFIED_CHINESE));
        assertThat(own.reports()).hasSameSizeAs(last.reports())
                .allSatisfy(task -> assertThat(task.expected()).isEqualTo(5));
    }
}
