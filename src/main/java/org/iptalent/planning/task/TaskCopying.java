package org.iptalent.planning.task;

import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.planning.plan.PlanCopied;
import org.iptalent.planning.plan.Plans;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A plan copied takes its tasks along (with their departments and regions; reports stay with the plan they were
 * written for), and gets its own reporting periods, in the copy's transaction: the copy fails as a whole or not at all.
 */
@Component
class TaskCopying {

    private final PlanTasks tasks;
    private final Plans plans;
    private final TaskPlanning planning;
    private final AuditLog audit;

    TaskCopying(PlanTasks tasks, Plans plans, TaskPlanning planning, AuditLog audit) {
        this.tasks = tasks;
        this.plans = plans;
        this.planning = planning;
        this.audit = audit;
    }

    @EventListener
    void on(PlanCopied copied) {
        var plan = plans.findById(copied.toPlanId())
                .orElseThrow(() -> new RecordNotFoundException("Plan", copied.toPlanId()));
        List<PlanTask> copies = tasks.ofPlan(copied.fromPlanId()).stream()
                .map(task -> task.copyFor(copied.toPlanId())).toList();
        tasks.saveAll(copies);
        tasks.flush();
        int created = planning.createPeriods(plan);
        audit.record(AuditEvent.of(AuditAction.CREATE, TaskPlanning.TASK, null).message("planning.task.audit.copied",
                copies.size(), created, plan.getNameZh()));
    }
}
