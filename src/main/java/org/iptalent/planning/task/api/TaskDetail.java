package org.iptalent.planning.task.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.planning.task.PlanHeader;
import org.iptalent.planning.task.PlanTask;
import org.iptalent.planning.task.ReportingPeriod;

/** A task or key project of a plan, as the API shows it. */
@Schema(name = "PlanTask")
record TaskDetail(long id, long version,
        @Schema(description = "The plan it belongs to.") long planId,
        @Schema(description = "MAIN_TASK (the plan's section III) or KEY_PROJECT (section IV).") PlanTask.Kind kind,
        @Schema(description = "Its number within its kind.") int number,
        @Schema(description = "The number as the plan writes it, e.g. III(1) or IV(3).") String label,
        String titleZh, String titleEn, String descriptionZh, String descriptionEn,
        @Schema(description = "The department leading it (the plan names none; CNIPA assigns them).")
        String departmentZh, String departmentEn,
        @Schema(description = "The provinces responsible (six-digit division codes): each reports every period.")
        List<String> regions,
        @Schema(description = "The plan's reporting periods, one a year.") List<Period> periods) {

    /** A reporting period: its year and the date its reports are due. */
    @Schema(name = "ReportingPeriod")
    record Period(long id, int year, LocalDate dueOn) {
    }

    static TaskDetail of(PlanHeader plan, PlanTask task, List<ReportingPeriod> periods) {
        var input = task.input();
        return new TaskDetail(task.getId(), task.getVersion(), plan.id(), task.getKind(), task.getNumber(),
                task.label(), input.titleZh(), input.titleEn(), input.descriptionZh(), input.descriptionEn(),
                input.departmentZh(), input.departmentEn(), task.getRegions(),
                periods.stream().map(p -> new Period(p.getId(), p.getYear(), p.getDueOn())).toList());
    }
}
