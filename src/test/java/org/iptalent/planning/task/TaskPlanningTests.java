package org.iptalent.planning.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.planning.task.report.ProgressReporting;
import org.iptalent.planning.task.report.ReportInput;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The national office keeps a plan's tasks and periods: a task's every problem at once, its number once per kind,
 * a task with reports kept, a due date moved within the following year, nothing changed once the plan is closed,
 * and nobody else changing them.
 */
@PlatformTest
class TaskPlanningTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TaskPlanning planning;
    @Autowired
    ProgressReporting reporting;
    @Autowired
    JdbcTemplate jdbc;

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
        national = accounts.active("tplan.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("tplan.gd", Role.PROVINCIAL_ADMIN, "440000");
        year = LocalDate.now().getYear();
    }

    @Test
    void aTaskIsCheckedAndNumberedOncePerKind() {
        long plan = fixtures.plan("任务管理测试规划", year - 1, year + 3);
        assertThatThrownBy(() -> TestAccounts.as(national, () -> planning.add(plan, new TaskInput(null, 100, " ",
                "x".repeat(301), "", null, "", null, List.of("440100", "999999")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("kind", "number",
                                "titleZh", "titleEn", "descriptionZh", "departmentZh", "regions", "regions"));
        PlanTask first = fixtures.task(national, plan, 1, "440000");
        assertThat(first.label()).isEqualTo("III(1)");
        assertThat(fixtures.period(plan, year - 1).getDueOn()).isEqualTo(LocalDate.of(year, 1, 31));
        assertThat(jdbc.queryForObject("select count(*) from reporting_period where plan_id = ?", Long.class, plan))
                .isEqualTo(5);
        assertThatThrownBy(() -> fixtures.task(national, plan, 1, "320000")).isInstanceOf(ConflictException.class);
        PlanTask project = TestAccounts.as(national, () -> planning.add(plan,
                TaskFixtures.input(PlanTask.Kind.KEY_PROJECT, 1, "知识产权人才培训基地建设工程", "440000", "320000")));
        assertThat(project.label()).isEqualTo("IV(1)");
        assertThat(TestAccounts.as(guangdong, () -> planning.ofPlan(plan)).tasks()).extracting(PlanTask::label)
                .containsExactly("III(1)", "IV(1)");
        assertThatThrownBy(() -> fixtures.task(guangdong, plan, 2, "440000")).isInstanceOf(AccessDeniedException.class);

        PlanTask changed = TestAccounts.as(national, () -> planning.change(project.getId(), project.getVersion(),
                TaskFixtures.input(PlanTask.Kind.KEY_PROJECT, 2, "知识产权网络培训课程建设工程", "440000")));
        assertThat(changed.label()).isEqualTo("IV(2)");
        assertThat(changed.getRegions()).containsExactly("440000");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'PlanTask' "
                + "and entity_id = ?", Long.class, String.valueOf(project.getId()))).isEqualTo(2);
    }

    @Test
    void aTaskWithReportsStaysAndDueDatesMoveWithinTheFollowingYear() {
        long plan = fixtures.planInForce("任务删除测试规划", year - 1, year + 1);
        PlanTask reported = fixtures.task(national, plan, 1, "440000");
        PlanTask unreported = fixtures.task(national, plan, 2, "440000");
        ReportingPeriod last = fixtures.period(plan, year - 1);
        TestAccounts.as(guangdong, () -> reporting.save(reported.getId(), last.getId(), null,
                new ReportInput("草稿", List.of()), false));

        assertThatThrownBy(() -> TestAccounts.as(national, () -> {
            planning.remove(reported.getId(), reported.getVersion());
            return null;
        })).isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("planning.task.hasReports");
        TestAccounts.as(national, () -> {
            planning.remove(unreported.getId(), unreported.getVersion());
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Long.class, plan))
                .isEqualTo(1);

        ReportingPeriod moved = TestAccounts.as(national, () -> planning.moveDue(last.getId(), last.getVersion(),
                LocalDate.of(year, 3, 15)));
        assertThat(moved.getDueOn()).isEqualTo(LocalDate.of(year, 3, 15));
        assertThatThrownBy(() -> TestAccounts.as(national, () -> planning.moveDue(last.getId(), moved.getVersion(),
                LocalDate.of(year + 1, 2, 1)))).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.period.dueOutside");
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> planning.moveDue(last.getId(), moved.getVersion(),
                LocalDate.of(year, 2, 1)))).isInstanceOf(AccessDeniedException.class);

        fixtures.close(plan);
        assertThatThrownBy(() -> fixtures.task(national, plan, 3, "440000")).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.planClosed");
        assertThatThrownBy(() -> TestAccounts.as(national, () -> planning.moveDue(last.getId(), moved.getVersion(),
                LocalDate.of(year, 2, 1)))).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.planClosed");
    }
}
