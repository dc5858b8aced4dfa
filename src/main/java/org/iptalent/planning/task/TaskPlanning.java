package org.iptalent.planning.task;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.Changes;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.Plans;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's tasks and key projects and its reporting periods. Every administrator reads them; the national
 * administrator adds, changes and removes tasks while the plan is a draft or in force (a closed plan is history),
 * keeps a task that has reports, and moves a period's due date while its plan is open. Every change is audited.
 */
@Service
public class TaskPlanning {

    static final String TASK = "PlanTask";
    static final String PERIOD = "ReportingPeriod";

    private final PlanTasks tasks;
    private final ReportingPeriods periods;
    private final Plans plans;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    TaskPlanning(PlanTasks tasks, ReportingPeriods periods, Plans plans, ReferenceData reference, AuditLog audit,
            DataSource dataSource) {
        this.tasks = tasks;
        this.periods = periods;
        this.plans = plans;
        this.reference = reference;
        this.audit = audit;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** A plan with its tasks in the plan's order and its periods. */
    public record PlanTaskList(PlanHeader plan, List<PlanTask> tasks, List<ReportingPeriod> periods) {
    }

    /** One task with its plan and the plan's periods. */
    public record TaskContext(PlanHeader plan, PlanTask task, List<ReportingPeriod> periods) {
    }

    @Transactional(readOnly = true)
    public PlanTaskList ofPlan(long planId) {
        readable();
        PlanHeader plan = PlanHeader.of(plan(planId));
        List<PlanTask> list = tasks.ofPlan(planId);
        // the regions are read here, in the transaction (open-in-view is off)
        list.forEach(PlanTask::getRegions);
        return new PlanTaskList(plan, list, periods.ofPlan(planId));
    }

    @Transactional(readOnly = true)
    public TaskContext task(long taskId) {
        readable();
        PlanTask task = tasks.findById(taskId).orElseThrow(() -> new RecordNotFoundException(TASK, taskId));
        // the regions are read here, in the transaction (open-in-view is off)
        task.getRegions();
        return new TaskContext(PlanHeader.of(plan(task.getPlanId())), task, periods.ofPlan(task.getPlanId()));
    }

    /** Every plan, newest first: what the report lists filter by. */
    @Transactional(readOnly = true)
    public List<PlanHeader> plans() {
        readable();
        return plans.newestFirst().stream().map(PlanHeader::of).toList();
    }

    @Transactional(readOnly = true)
    public PlanHeader planOf(long planId) {
        readable();
        return PlanHeader.of(plan(planId));
    }

    @Transactional
    public PlanTask add(long planId, TaskInput input) {
        Plan plan = openPlan(planId);
        TaskRules.check(input, reference);
        requireFreeNumber(planId, input, 0);
        PlanTask task = tasks.saveAndFlush(new PlanTask(planId, input));
        createPeriods(plan);
        audit.record(AuditEvent.of(AuditAction.CREATE, TASK, task.getId()).message("planning.task.audit.added",
                task.label(), task.getTitleZh(), plan.getNameZh(), task.getRegions().size()));
        return task;
    }

    @Transactional
    public PlanTask change(long taskId, long expectedVersion, TaskInput input) {
        PlanTask task = current(taskId, expectedVersion);
        Plan plan = openPlan(task.getPlanId());
        TaskRules.check(input, reference);
        requireFreeNumber(plan.getId(), input, taskId);
        TaskInput before = task.input();
        task.change(input);
        tasks.saveAndFlush(task);
        TaskInput after = task.input();
        Changes changes = Changes.of().field("kind", before.kind(), after.kind())
                .field("number", before.number(), after.number()).field("titleZh", before.titleZh(), after.titleZh())
                .field("titleEn", before.titleEn(), after.titleEn())
                .field("descriptionZh", before.descriptionZh(), after.descriptionZh())
                .field("descriptionEn", before.descriptionEn(), after.descriptionEn())
                .field("departmentZh", before.departmentZh(), after.departmentZh())
                .field("departmentEn", before.departmentEn(), after.departmentEn())
                .field("regions", String.join(",", before.regions()), String.join(",", after.regions()));
        audit.record(AuditEvent.of(AuditAction.UPDATE, TASK, taskId).changes(changes)
                .message("planning.task.audit.changed", task.label(), task.getTitleZh()));
        return task;
    }

    /** Removes a task that has no report yet; a task with reports is the plan's record and stays. */
    @Transactional
    public void remove(long taskId, long expectedVersion) {
        PlanTask task = current(taskId, expectedVersion);
        openPlan(task.getPlanId());
        Boolean reported = jdbc.queryForObject("select exists (select 1 from progress_report where task_id = ?)",
                Boolean.class, taskId);
        if (Boolean.TRUE.equals(reported)) {
            throw new BusinessRuleException(null, "planning.task.hasReports", task.label());
        }
        tasks.delete(task);
        tasks.flush();
        audit.record(AuditEvent.of(AuditAction.DELETE, TASK, taskId).message("planning.task.audit.removed",
                task.label(), task.getTitleZh()));
    }

    /** Moves a period's due date (national administrator, while its plan is not closed). */
    @Transactional
    public ReportingPeriod moveDue(long periodId, long expectedVersion, LocalDate dueOn) {
        ReportingPeriod period = periods.findById(periodId)
                .orElseThrow(() -> new RecordNotFoundException(PERIOD, periodId));
        openPlan(period.getPlanId());
        if (period.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ReportingPeriod.class, periodId);
        }
        LocalDate before = period.getDueOn();
        period.moveDue(dueOn);
        periods.saveAndFlush(period);
        audit.record(AuditEvent.of(AuditAction.UPDATE, PERIOD, periodId)
                .changes(Changes.of().field("dueOn", before, period.getDueOn()))
                .message("planning.task.audit.dueMoved", String.valueOf(period.getYear()), before.toString(),
                        period.getDueOn().toString()));
        return period;
    }

    /** Creates the periods a plan lacks, one per year of it (in the caller's transaction). */
    int createPeriods(Plan plan) {
        return jdbc.update("""
                insert into reporting_period (plan_id, year, due_on, created_at, updated_at)
                select ?, y, make_date(y + 1, 1, 31), now(), now() from generate_series(?, ?) as y
                on conflict (plan_id, year) do nothing""", plan.getId(), plan.getStartsYear(), plan.getEndsYear());
    }

    private void requireFreeNumber(long planId, TaskInput input, long taskId) {
        if (tasks.existsByPlanIdAndKindAndNumberAndIdNot(planId, input.kind(), input.number(), taskId)) {
            throw new ConflictException("planning.task.numberTaken", input.kind().section() + "(" + input.number()
                    + ")");
        }
    }

    private PlanTask current(long taskId, long expectedVersion) {
        national();
        PlanTask task = tasks.findById(taskId).orElseThrow(() -> new RecordNotFoundException(TASK, taskId));
        if (task.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PlanTask.class, taskId);
        }
        return task;
    }

    /** The plan a change is made to, refused once closed (the national administrator's only). */
    private Plan openPlan(long planId) {
        national();
        Plan plan = plan(planId);
        if (plan.getStatus() == Plan.Status.CLOSED) {
            throw new BusinessRuleException(null, "planning.task.planClosed");
        }
        return plan;
    }

    private Plan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new RecordNotFoundException("Plan", planId));
    }

    private static void national() {
        if (!CurrentUser.require().has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("planning.task.nationalOnly");
        }
    }

    /** Administrators with a region read the plans' tasks; a role with no business region reads none. */
    private static void readable() {
        if (CurrentUser.require().scope().isNothing()) {
            throw new AccessDeniedException("problem.forbidden");
        }
    }
}
