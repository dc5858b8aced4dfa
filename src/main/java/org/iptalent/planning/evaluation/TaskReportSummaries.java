package org.iptalent.planning.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.iptalent.planning.task.PlanTask;
import org.iptalent.planning.task.TaskPlanning;
import org.iptalent.planning.task.report.ReportMatrix;
import org.iptalent.planning.task.report.SlotState;
import org.springframework.stereotype.Component;

/**
 * Each task's progress reports for the periods up to an evaluation's year, counted by where they stand today, from
 * the task module's own reads (its tasks, and each task's matrix of regions by periods within the user's region).
 * A task no region in view reports on is left out.
 */
@Component
class TaskReportSummaries {

    private final TaskPlanning planning;
    private final ReportMatrix matrix;

    TaskReportSummaries(TaskPlanning planning, ReportMatrix matrix) {
        this.planning = planning;
        this.matrix = matrix;
    }

    List<Evaluation.TaskReports> of(long planId, int untilYear, boolean english) {
        List<Evaluation.TaskReports> lines = new ArrayList<>();
        for (PlanTask task : planning.ofPlan(planId).tasks()) {
            Map<SlotState, Integer> counts = new EnumMap<>(SlotState.class);
            int expected = 0;
            for (ReportMatrix.Row row : matrix.of(task.getId(), null, null).rows()) {
                for (ReportMatrix.Cell cell : row.cells()) {
                    if (cell.year() <= untilYear) {
                        expected++;
                        counts.merge(cell.state(), 1, Integer::sum);
                    }
                }
            }
            if (expected > 0) {
                lines.add(new Evaluation.TaskReports(task.label(), task.title(english),
                        counts.getOrDefault(SlotState.SUBMITTED, 0), counts.getOrDefault(SlotState.ACCEPTED, 0),
                        counts.getOrDefault(SlotState.RETURNED, 0), counts.getOrDefault(SlotState.OVERDUE, 0),
                        expected));
            }
        }
        return lines;
    }
}
