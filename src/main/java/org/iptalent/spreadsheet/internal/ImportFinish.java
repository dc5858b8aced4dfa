package org.iptalent.spreadsheet.internal;

import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.spreadsheet.ImportCounts;
import org.iptalent.spreadsheet.ImportKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How an import job ends once its rows are committed, whichever way it gets there (the run itself, the next
 * start after a crash, a failure after the commit): its kind brings derived data up to date, the job
 * completes, its upload goes and the audit log says what it did. From the commit on, an import cannot fail.
 */
@Component
class ImportFinish {

    private static final Logger log = LoggerFactory.getLogger(ImportFinish.class);

    private final JdbcTemplate jdbc;
    private final ImportJobTable table;
    private final ImportUploads uploads;
    private final AuditLog audit;

    ImportFinish(JdbcTemplate jdbc, ImportJobTable table, ImportUploads uploads, AuditLog audit) {
        this.jdbc = jdbc;
        this.table = table;
        this.uploads = uploads;
        this.audit = audit;
    }

    /** After the commit: the kind's own follow-up (indexing), which may not fail the job. */
    void committed(long id, ImportKind<?> kind, boolean resumed) {
        try {
            // the job as committed: its counts went into the import's transaction
            kind.committed(table.get(id), resumed);
        } catch (RuntimeException e) {
            log.error("Import {}: its rows are committed, but bringing derived data up to date failed", id, e);
        }
    }

    /** Finishes a job whose rows were committed before a crash; the file is not read again. */
    void resumeCommitted(long id, ImportKind<?> kind) {
        committed(id, kind, true);
        complete(id);
    }

    /** The job ends: its upload is deleted (only the error report, if any, is kept for a while) and audited. */
    void complete(long id) {
        jdbc.update("update import_job set status = 'COMPLETED', finished_at = now() where id = ?", id);
        Map<String, Object> job = jdbc.queryForMap("select * from import_job where id = ?", id);
        ImportCounts counts = table.counts(id);
        uploads.delete(id);
        boolean national = Boolean.TRUE.equals(job.get("scope_national"));
        // the kind's own counts, each named by its message (import.detail.<name>)
        List<AuditText> details = counts.details().entrySet().stream().filter(d -> d.getValue() > 0)
                .map(d -> (AuditText) AuditText.message("import.detail." + d.getKey(), d.getValue())).toList();
        audit.record(AuditEvent.of(AuditAction.IMPORT, (String) job.get("kind"), id)
                .actor((String) job.get("uploaded_by")).region(national ? null : (String) job.get("scope_region"))
                .message("audit.detail.importDone", job.get("file_name"), job.get("total_rows"), counts.created(),
                        counts.updated(), counts.unchanged(), job.get("error_rows"), details));
    }
}
