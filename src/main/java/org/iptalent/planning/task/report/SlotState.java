package org.iptalent.planning.task.report;

import java.time.LocalDate;

import org.iptalent.planning.task.ReportingPeriod;

/**
 * Where one region's report on one task for one period stands, as the task's matrix shows it: a report submitted,
 * accepted or returned says so; otherwise (none yet, or a draft) it is overdue once its due date has passed, a draft
 * before, due once the year has ended, and not due yet before.
 */
public enum SlotState {
    NOT_DUE_YET, DUE, DRAFT, SUBMITTED, ACCEPTED, RETURNED, OVERDUE;

    public static SlotState of(ProgressReport.State report, ReportingPeriod period, LocalDate today) {
        return of(report, period.getYear(), period.getDueOn(), today);
    }

    static SlotState of(ProgressReport.State report, int year, LocalDate dueOn, LocalDate today) {
        if (report == ProgressReport.State.ACCEPTED) {
            return ACCEPTED;
        }
        if (report == ProgressReport.State.SUBMITTED) {
            return SUBMITTED;
        }
        if (report == ProgressReport.State.RETURNED) {
            return RETURNED;
        }
        if (today.isAfter(dueOn)) {
            return OVERDUE;
        }
        if (report == ProgressReport.State.DRAFT) {
            return DRAFT;
        }
        return today.getYear() > year ? DUE : NOT_DUE_YET;
    }

    /** Whether the region still has to write (or finish, or rewrite) this report. */
    public boolean toWrite() {
        return this == DUE || this == DRAFT || this == RETURNED || this == OVERDUE;
    }
}
