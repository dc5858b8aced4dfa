package org.iptalent.planning.task;

import org.iptalent.planning.plan.Plan;

/** What the task pages say of a task's plan: its name, period and status. */
public record PlanHeader(long id, String nameZh, String nameEn, int startsYear, int endsYear, Plan.Status status,
        boolean demonstration) {

    public static PlanHeader of(Plan plan) {
        return new PlanHeader(plan.getId(), plan.getNameZh(), plan.getNameEn(), plan.getStartsYear(),
                plan.getEndsYear(), plan.getStatus(), plan.isDemonstration());
    }

    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }

    /** A closed plan is history: its tasks, periods and reports change no more. */
    public boolean closed() {
        return status == Plan.Status.CLOSED;
    }
}
