package org.iptalent.planning.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.planning.task.report.ProgressReport;
import org.iptalent.planning.task.report.ProgressReporting;
import org.iptalent.planning.task.report.ProgressReporting.Decision;
import org.iptalent.planning.task.report.ReportBoard;
import org.iptalent.planning.task.report.ReportInput;
import org.iptalent.planning.task.report.ReportInput.FigureInput;
import org.iptalent.planning.task.report.ReportMatrix;
import org.iptalent.planning.task.report.ReportReminders;
import org.iptalent.planning.task.report.ReportView;
import org.iptalent.planning.task.report.SlotState;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A province reports on a task and the national office reviews: submitted, accepted, returned and submitted again;
 * another region's task, another region's report and a closed plan's period refused with nothing saved; where each
 * report stands (overdue once its due date passed); and the reminders, sent once.
 */
@PlatformTest
class ProgressReportFlowTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ProgressReporting reporting;
    @Autowired
    ReportMatrix matrix;
    @Autowired
    ReportReminders reminders;
    @Autowired
    ReportBoard board;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    TaskFixtures fixtures;
    UserSummary national;
    UserSummary guangdong;
    UserSummary jiangsu;
    int year;

    @BeforeEach
    void data() {
        fixtures = new TaskFixtures(context);
        national = accounts.active("ptask.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("ptask.gd", Role.PROVINCIAL_ADMIN, "440000");
        jiangsu = accounts.active("ptask.js", Role.PROVINCIAL_ADMIN, "320000");
        year = LocalDate.now(clock).getYear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        fixtures.restore();
    }

    static ReportInput input(String text, FigureInput... figures) {
        return new ReportInput(text, List.of(figures));
    }

    @Test
    void aProvinceSubmitsAndTheNationalOfficeAccepts() {
        long plan = fixtures.planInForce("任务测试规划甲", year - 2, year + 2);
        PlanTask task = fixtures.task(national, plan, 1, "440000", "320000");
        long period = fixtures.period(plan, year - 1).getId();

        ReportView draft = TestAccounts.as(guangdong, () -> reporting.save(task.getId(), period, null,
                input("广东省组建行政裁决人才库，举办培训班 12 期。", new FigureInput("ip-talents", new BigDecimal("8.6"),
                        "全省人才数")), false));
        assertThat(draft.state()).isEqualTo(ProgressReport.State.DRAFT);
        assertThat(draft.regionCode()).isEqualTo("440000");
        assertThat(draft.figures()).extracting(ReportView.FigureView::indicator).containsExactly("ip-talents");

        ReportView submitted = TestAccounts.as(guangdong, () -> reporting.save(task.getId(), period,
                draft.version(), input("广东省组建行政裁决人才库，举办培训班 12 期，培训 1,860 人次。",
                        new FigureInput("ip-talents", new BigDecimal("8.6"), null),
                        new FigureInput("training-bases", new BigDecimal("3"), "国家级基地")), true));
        assertThat(submitted.state()).isEqualTo(ProgressReport.State.SUBMITTED);
        assertThat(submitted.late()).as("last year's report was due on 31 January").isTrue();
        assertThat(submitted.editable()).isFalse();
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> reporting.save(task.getId(), period,
                submitted.version(), input("改一改"), false))).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.report.awaitingReview");
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> reporting.review(submitted.id(),
                submitted.version(), Decision.ACCEPT, null))).isInstanceOf(AccessDeniedException.class);

        ReportView accepted = TestAccounts.as(national, () -> reporting.review(submitted.id(), submitted.version(),
                Decision.ACCEPT, null));
        assertThat(accepted.state()).isEqualTo(ProgressReport.State.ACCEPTED);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'ProgressReport' "
                + "and entity_id = ?", Long.class, String.valueOf(submitted.id()))).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? "
                + "and message_key = 'planning.task.notice.accepted'", Long.class, guangdong.id())).isEqualTo(1);

        // an accepted report is final: the period is refused, nothing changes
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> reporting.save(task.getId(), period,
                accepted.version(), input("再改"), true))).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.report.alreadyAccepted");
        assertThat(TestAccounts.as(national, () -> reporting.get(submitted.id())).text()).endsWith("1,860 人次。");
    }

    @Test
    void aReturnedReportIsEditedAndSubmittedAgain() {
        long plan = fixtures.planInForce("任务测试规划乙", year - 2, year + 2);
        PlanTask task = fixtures.task(national, plan, 1, "440000");
        long period = fixtures.period(plan, year - 1).getId();
        ReportView submitted = TestAccounts.as(guangdong, () -> reporting.save(task.getId(), period, null,
                input("初稿"), true));

        assertThatThrownBy(() -> TestAccounts.as(national, () -> reporting.review(submitted.id(),
                submitted.version(), Decision.RETURN, "  "))).isInstanceOf(InvalidInputException.class)
                .extracting("messageKey").isEqualTo("planning.task.report.noteRequired");
        ReportView returned = TestAccounts.as(national, () -> reporting.review(submitted.id(), submitted.version(),
                Decision.RETURN, "请补充培训人次。"));
        assertThat(returned.state()).isEqualTo(ProgressReport.State.RETURNED);
        assertThat(returned.reviewNote()).isEqualTo("请补充培训人次。");
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? "
                + "and message_key = 'planning.task.notice.returned'", Long.class, guangdong.id())).isEqualTo(1);

        // a stale version is refused (someone changed it meanwhile)
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> reporting.save(task.getId(), period,
                submitted.version(), input("第二稿"), true)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        ReportView again = TestAccounts.as(guangdong, () -> reporting.save(task.getId(), period, returned.version(),
                input("第二稿：培训 1,200 人次。"), true));
        assertThat(again.state()).isEqualTo(ProgressReport.State.SUBMITTED);
        ReportView accepted = TestAccounts.as(national, () -> reporting.review(again.id(), again.version(),
                Decision.ACCEPT, null));
        assertThat(accepted.state()).isEqualTo(ProgressReport.State.ACCEPTED);
        assertThat(accepted.reviewNote()).isNull();
    }

    @Test
    void anotherRegionsTaskOrReportAndAClosedPlanAreRefusedWithNothingSaved() {
        long plan = fixtures.planInForce("任务测试规划丙", year - 2, year + 2);
        PlanTask task = fixtures.task(national, plan, 1, "440000");
        long period = fixtures.period(plan, year - 1).getId();

        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> reporting.save(task.getId(), period, null,
                input("江苏省的报告"), true))).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.report.notResponsible");
        assertThat(reportsOf(task)).isZero();

        ReportView own = TestAccounts.as(guangdong, () -> reporting.save(task.getId(), period, null,
                input("广东省的报告"), false));
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> reporting.get(own.id())))
                .isInstanceOf(RecordNotFoundException.class);

        // bad input: every problem at once, nothing saved
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> reporting.save(task.getId(), period, own.version(),
                input("x".repeat(5001), new FigureInput("no-such", BigDecimal.ONE, null),
                        new FigureInput("ip-talents", null, null)), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("text", "figures[0].indicator", "figures[1].value"));
        assertThat(TestAccounts.as(guangdong, () -> reporting.get(own.id())).state())
                .isEqualTo(ProgressReport.State.DRAFT);

        // a period that has not begun is not reported on yet
        long future = fixtures.period(plan, year + 1).getId();
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> reporting.save(task.getId(), future, null,
                input("明年的报告"), false))).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.report.periodNotBegun");

        fixtures.close(plan);
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> reporting.save(task.getId(), period, own.version(),
                input("已关闭"), true))).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.report.planClosed");
        assertThat(jdbc.queryForObject("select state from progress_report where id = ?", String.class, own.id()))
                .isEqualTo("DRAFT");
    }

    @Test
    void theMatrixSaysWhereEachReportStandsAndWhatIsOverdue() {
        long plan = fixtures.planInForce("任务测试规划丁", year - 2, year + 1);
        PlanTask task = fixtures.task(national, plan, 1, "440000", "320000");
        long lastYear = fixtures.period(plan, year - 1).getId();
        long thisYear = fixtures.period(plan, year).getId();
        TestAccounts.as(guangdong, () -> reporting.save(task.getId(), lastYear, null, input("去年"), true));
        TestAccounts.as(guangdong, () -> reporting.save(task.getId(), thisYear, null, input("今年草稿"), false));

        ReportMatrix.Matrix all = TestAccounts.as(national, () -> matrix.of(task.getId(), null, null));
        assertThat(all.rows()).extracting(ReportMatrix.Row::regionCode).containsExactly("320000", "440000");
        assertThat(states(all.rows().get(1))).containsExactly(SlotState.OVERDUE, SlotState.SUBMITTED,
                SlotState.DRAFT, SlotState.NOT_DUE_YET);
        assertThat(states(all.rows().get(0))).containsExactly(SlotState.OVERDUE, SlotState.OVERDUE,
                SlotState.NOT_DUE_YET, SlotState.NOT_DUE_YET);
        assertThat(all.counts().get(SlotState.OVERDUE)).isEqualTo(3);

        ReportMatrix.Matrix overdue = TestAccounts.as(national, () -> matrix.of(task.getId(), null,
                SlotState.OVERDUE));
        assertThat(overdue.rows()).hasSize(2);
        ReportMatrix.Matrix own = TestAccounts.as(jiangsu, () -> matrix.of(task.getId(), null, null));
        assertThat(own.rows()).extracting(ReportMatrix.Row::regionCode).containsExactly("320000");

        // once the year is over, this year's report is due; after its due date, the draft is overdue
        clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(),
                LocalDate.of(year + 1, 1, 10).atStartOfDay()));
        assertThat(states(TestAccounts.as(national, () -> matrix.of(task.getId(), "320000", null)).rows().get(0)))
                .containsExactly(SlotState.OVERDUE, SlotState.OVERDUE, SlotState.DUE, SlotState.NOT_DUE_YET);
        clock.advance(Duration.ofDays(30));
        assertThat(states(TestAccounts.as(national, () -> matrix.of(task.getId(), "440000", null)).rows().get(0)))
                .containsExactly(SlotState.OVERDUE, SlotState.SUBMITTED, SlotState.OVERDUE, SlotState.NOT_DUE_YET);
    }

    @Test
    void provincesAreRemindedBeforeTheDueDateAndOnceOverdue() {
        UserSummary tibet = accounts.active("ptask.xz", Role.PROVINCIAL_ADMIN, "540000");
        long plan = fixtures.planInForce("任务测试规划戊", year - 2, year + 1);
        PlanTask first = fixtures.task(national, plan, 1, "540000");
        fixtures.task(national, plan, 2, "540000");
        long twoYearsAgo = fixtures.period(plan, year - 2).getId();
        TestAccounts.as(tibet, () -> reporting.save(first.getId(), twoYearsAgo, null, input("前年"), true));
        remindedOnceDueAndOverdue(tibet);
    }

    @Test
    void aDraftPlanTakesNoReportsAndItsOverdueSlotsRemindNobody() {
        UserSummary tibet = accounts.active("ptask.xz", Role.PROVINCIAL_ADMIN, "540000");
        long plan = fixtures.plan("任务测试规划己", year - 2, year + 1);
        PlanTask task = fixtures.task(national, plan, 1, "540000");
        long lastYear = fixtures.period(plan, year - 1).getId();
        assertThatThrownBy(() -> TestAccounts.as(tibet, () -> reporting.save(task.getId(), lastYear, null,
                input("草稿规划的报告"), true))).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.report.planDraft");
        assertThat(reportsOf(task)).isZero();
        assertThat(TestAccounts.as(tibet, () -> board.toWrite(plan, false, PageRequest.of(0, 20))))
                .as("nothing owed on a draft").isEmpty();
        assertThat(TestAccounts.as(tibet, () -> board.toWrite(plan, true, PageRequest.of(0, 20))))
                .as("its slots shown when asked for everything").isNotEmpty();
        reminders.run();
        assertThat(jdbc.queryForObject("""
                select count(*) from progress_reminder m join plan_task t on t.id = m.task_id where t.plan_id = ?""",
                Long.class, plan)).as("a draft plan's slots remind nobody").isZero();
    }

    private void remindedOnceDueAndOverdue(UserSummary tibet) {
        reminders.run();
        // two years ago: one task still owed; last year: both
        assertThat(notices(tibet, "planning.task.notice.overdue")).containsExactlyInAnyOrder("[\"1\", \""
                + (year - 2) + "\", \"" + (year - 1) + "-01-31\"]", "[\"2\", \"" + (year - 1) + "\", \"" + year
                + "-01-31\"]");
        reminders.run();
        assertThat(notices(tibet, "planning.task.notice.overdue")).as("sent once").hasSize(2);

        // 14 days before this year's due date: reminded that it is due, once
        clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(),
                LocalDate.of(year + 1, 1, 18).atStartOfDay()));
        reminders.run();
        reminders.run();
        assertThat(notices(tibet, "planning.task.notice.due")).hasSize(1);
        assertThat(notices(tibet, "planning.task.notice.overdue")).hasSize(2);
    }

    private List<SlotState> states(ReportMatrix.Row row) {
        return row.cells().stream().map(ReportMatrix.Cell::state).toList();
    }

    private long reportsOf(PlanTask task) {
        return jdbc.queryForObject("select count(*) from progress_report where task_id = ?", Long.class,
                task.getId());
    }

    private List<String> notices(UserSummary user, String key) {
        return jdbc.queryForList("select arguments::text from notification where recipient_id = ? and message_key = ?",
                String.class, user.id(), key);
    }
}
