package org.iptalent.spreadsheet;

import java.time.Instant;

/**
 * An import as its page and the API report it.
 *
 * @param errorReport        whether the job has an error report to download (rows were refused)
 * @param errorReportExpired the job had an error report and it was deleted at the end of its retention
 *                           period (it held refused rows in clear)
 * @param failure            why the job failed, when it did
 * @param subject            the record the file belongs to ({@link ImportSubject#id()}), null for a kind without one
 */
public record ImportJob(long id, String kind, State state, String fileName, int totalRows, int processedRows,
        ImportCounts counts, int refusedRows, boolean errorReport, boolean errorReportExpired, ImportFailure failure,
        String uploadedBy, Instant createdAt, Instant finishedAt, Long subject) {

    /** A job of a kind without subjects. */
    public ImportJob(long id, String kind, State state, String fileName, int totalRows, int processedRows,
            ImportCounts counts, int refusedRows, boolean errorReport, boolean errorReportExpired,
            ImportFailure failure, String uploadedBy, Instant createdAt, Instant finishedAt) {
        this(id, kind, state, fileName, totalRows, processedRows, counts, refusedRows, errorReport,
                errorReportExpired, failure, uploadedBy, createdAt, finishedAt, null);
    }

    /** A job's life: queued, running (read, checked, merged, committed, indexed), then completed or failed. */
    public enum State {
        QUEUED, RUNNING, COMPLETED, FAILED;

        public boolean finished() {
            return this == COMPLETED || this == FAILED;
        }
    }

    public boolean finished() {
        return state.finished();
    }

    /** Every row has been read and checked: the import is being committed and finished (its kind's follow-up). */
    public boolean finishing() {
        return state == State.RUNNING && totalRows > 0 && processedRows >= totalRows;
    }

    /** 0–100 for the progress bar. */
    public int percent() {
        if (finished()) {
            return 100;
        }
        return totalRows <= 0 ? 0 : (int) Math.min(99, processedRows * 100L / totalRows);
    }
}
