package org.iptalent.registry;

import java.time.Instant;

/**
 * An import as its page and the API report it. {@code errorReportExpired}: the job had an error report and
 * it was deleted at the end of its retention period (it held refused rows in clear). {@code organisationsCreated}:
 * employers the file named that the registry did not know, registered by the import.
 */
public record ImportJob(long id, String status, String fileName, int totalRows, int processedRows, int importedRows,
        int updatedRows, int unchangedRows, int errorRows, int organisationsCreated, String errorReportUrl,
        boolean errorReportExpired,
        String failure, String uploadedBy, Instant createdAt, Instant finishedAt) {

    public boolean finished() {
        return "COMPLETED".equals(status) || "FAILED".equals(status);
    }

    /** Every row has been read and checked: the import is being committed and indexed. */
    public boolean indexing() {
        return "RUNNING".equals(status) && totalRows > 0 && processedRows >= totalRows;
    }

    /** 0–100 for the progress bar. */
    public int percent() {
        if (finished()) {
            return 100;
        }
        return totalRows <= 0 ? 0 : (int) Math.min(99, processedRows * 100L / totalRows);
    }
}
