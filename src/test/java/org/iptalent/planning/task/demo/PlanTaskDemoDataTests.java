package org.iptalent.planning.task.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanCopied;
import org.iptalent.planning.plan.Plans;
import org.iptalent.planning.task.report.ReportMatrix;
import org.iptalent.planning.task.report.SlotState;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's progress reports as the pages read them: the 14th plan reported on by most provinces, mostly accepted,
 * a few returned, some 2025 reports overdue; the next plan (copied from it, its tasks and periods following the copy)
 * with 2026 drafts not due yet and a few submitted early.
 */
@PlatformTest
class PlanTaskDemoDataTests {

    @Autowired
    PlanTaskDemoData demo;
    @Autowired
    Plans plans;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ReportMatrix matrix;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mostProvincesReportedAndSomeReportsAreOverdue() {
        long fourteenth = jdbc.queryForObject("select id from plan where starts_year = 2021 and ends_year = 2025",
                Long.class);
        long next = transactions.execute(status -> {
            Plan copy = plans.findById(fourteenth).orElseThrow().copy("演示规划", "Demo plan", 2026, 2030, true);
            long id = plans.saveAndFlush(copy).getId();
            events.publishEvent(new PlanCopied(fourteenth, id));
            return id;
        });
        assertThat(jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Long.class, next))
                .as("the tasks follow the copy").isEqualTo(11);
        assertThat(jdbc.queryForList("select due_on::text from reporting_period where plan_id = ? order by year",
                String.class, next)).containsExactly("2027-01-31", "2028-01-31", "2029-01-31", "2030-01-31",
                "2031-01-31");

        demo.contribute(new DemoProperties(true, false, "unused", 20261124));

        Map<String, Long> closed = states(fourteenth);
        long slots = 11 * 31 * 5;
        assertThat(closed.values().stream().mapToLong(Long::longValue).sum()).isBetween(slots * 8 / 10, slots - 1);
        assertThat(closed.get("ACCEPTED")).isGreaterThan(slots * 7 / 10);
        assertThat(closed.get("RETURNED")).isPositive();
        assertThat(closed.get("DRAFT")).isPositive();
        assertThat(closed).doesNotContainKey("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from progress_figure f join progress_report r "
                + "on r.id = f.report_id join plan_task t on t.id = r.task_id where t.plan_id = ?", Long.class,
                fourteenth)).isPositive();

        UserSummary national = accounts.active("demo.task", Role.NATIONAL_ADMIN, null);
        long first = jdbc.queryForObject("select id from plan_task where plan_id = ? and kind = 'MAIN_TASK' "
                + "and number = 1", Long.class, fourteenth);
        ReportMatrix.Matrix cells = TestAccounts.as(national, () -> matrix.of(first, null, null));
        assertThat(cells.rows()).hasSize(31);
        assertThat(cells.counts().get(SlotState.OVERDUE)).isPositive();
        assertThat(jdbc.queryForObject("select text from progress_report where task_id = ? and state = 'ACCEPTED' "
                + "order by id limit 1", String.class, first)).contains("年");

        Map<String, Long> open = states(next);
        assertThat(open.get("DRAFT")).isGreaterThan(20);
        assertThat(open.keySet()).containsOnly("DRAFT", "SUBMITTED");
        long nextFirst = jdbc.queryForObject("select id from plan_task where plan_id = ? and kind = 'MAIN_TASK' "
                + "and number = 1", Long.class, next);
        assertThat(TestAccounts.as(national, () -> matrix.of(nextFirst, null, null)).counts())
                .doesNotContainKeys(SlotState.OVERDUE, SlotState.DUE);
    }

    private Map<String, Long> states(long planId) {
        Map<String, Long> states = new java.util.HashMap<>();
        jdbc.query("select r.state, count(*) from progress_report r join plan_task t on t.id = r.task_id "
                + "where t.plan_id = ? group by r.state", rs -> {
            states.put(rs.getString(1), rs.getLong(2));
        }, planId);
        return states;
    }
}
