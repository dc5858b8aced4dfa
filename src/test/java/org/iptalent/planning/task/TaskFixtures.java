package org.iptalent.planning.task;

import java.math.BigDecimal;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.IndicatorSpec;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.Plans;
import org.iptalent.support.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans with tasks for the task tests: a plan of its own per test (the database is shared), with indicators. Only a
 * plan in force takes progress reports, and one plan at a time is in force: {@link #planInForce} sets the one in force
 * aside until {@link #restore()}, which a test class calls after each test.
 */
public class TaskFixtures {

    private final Plans plans;
    private final TaskPlanning planning;
    private final ReportingPeriods periods;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private List<Long> setAside;

    public TaskFixtures(ApplicationContext context) {
        this.plans = context.getBean(Plans.class);
        this.planning = context.getBean(TaskPlanning.class);
        this.periods = context.getBean(ReportingPeriods.class);
        this.transactions = context.getBean(TransactionTemplate.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** {@link #plan}, in force until {@link #restore()}. */
    public long planInForce(String name, int from, int to) {
        long plan = plan(name, from, to);
        inForce(plan);
        return plan;
    }

    /** The plan in force instead of the one in force now (status set directly: a test's shortcut, not a rule). */
    public void inForce(long planId) {
        if (setAside == null) {
            setAside = jdbc.queryForList("select id from plan where status = 'IN_FORCE'", Long.class);
        }
        jdbc.update("update plan set status = 'DRAFT' where status = 'IN_FORCE'");
        jdbc.update("update plan set status = 'IN_FORCE' where id = ?", planId);
    }

    /** The plan in force before {@link #inForce} back in force; a test's plan closed meanwhile stays closed. */
    public void restore() {
        if (setAside != null) {
            jdbc.update("update plan set status = 'DRAFT' where status = 'IN_FORCE'");
            setAside.forEach(id -> jdbc.update("update plan set status = 'IN_FORCE' where id = ?", id));
            setAside = null;
        }
    }

    /** A draft plan over the years given, with two indicators: talents (10k) and bases (items). */
    public long plan(String name, int from, int to) {
        return transactions.execute(status -> {
            Plan plan = new Plan(name, name + " (EN)", from, to, true);
            plan.add(new IndicatorSpec("ip-talents", Indicator.Kind.MAIN, "知识产权人才数量", "IP talents",
                    IndicatorUnit.TEN_THOUSAND_PERSONS, new BigDecimal("120"), to, Indicator.Direction.AT_LEAST,
                    Indicator.Attribute.ANTICIPATORY, null, Indicator.SourceKind.COMPUTED, "registry.talents", null,
                    null));
            plan.add(new IndicatorSpec("training-bases", Indicator.Kind.MAIN, "国家知识产权培训基地数量",
                    "National IP training bases", IndicatorUnit.ITEMS, new BigDecimal("40"), to,
                    Indicator.Direction.AT_LEAST, Indicator.Attribute.ANTICIPATORY, null,
                    Indicator.SourceKind.REPORTED, null, null, null));
            return plans.saveAndFlush(plan).getId();
        });
    }

    /** A main task of the plan, with its periods, for the regions given. */
    public PlanTask task(UserSummary national, long planId, int number, String... regions) {
        return TestAccounts.as(national, () -> planning.add(planId, input(PlanTask.Kind.MAIN_TASK, number,
                "加强知识产权保护人才队伍建设" + number, regions)));
    }

    public static TaskInput input(PlanTask.Kind kind, int number, String title, String... regions) {
        return new TaskInput(kind, number, title, "Task " + number, "任务说明" + number, "About task " + number,
                "知识产权保护司", "Department of IP Protection", List.of(regions));
    }

    public ReportingPeriod period(long planId, int year) {
        return periods.ofPlan(planId).stream().filter(p -> p.getYear() == year).findFirst().orElseThrow();
    }

    public void close(long planId) {
        transactions.executeWithoutResult(status -> {
            Plan plan = plans.findById(planId).orElseThrow();
            if (plan.getStatus() == Plan.Status.DRAFT) {
                plan.bringIntoForce();
            }
            plan.close();
        });
    }
}
