package org.iptalent.planning.task.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as its pages and the API show it: the task, period and region it is about, where it stands, what it says,
 * its figures and attachments, and its review.
 *
 * @param late whether it was first submitted after its due date
 */
public record ReportView(long id, long version, long taskId, String taskLabel, String taskTitleZh, String taskTitleEn,
        long planId, long periodId, int year, LocalDate dueOn, String regionCode, ProgressReport.State state,
        SlotState slotState, String text, List<FigureView> figures, List<ReportFiles.FileInfo> files,
        Instant firstSubmittedAt, Instant submittedAt, Instant reviewedAt, String reviewNote, boolean late,
        boolean editable) {

    /** A figure with its indicator's code, names and unit. */
    public record FigureView(String indicator, String nameZh, String nameEn, String unit, BigDecimal value,
            String comment) {

        public String name(boolean english) {
            return english ? nameEn : nameZh;
        }
    }

    public String taskTitle(boolean english) {
        return english ? taskTitleEn : taskTitleZh;
    }

    public int fileCount() {
        return files.size();
    }
}
