package org.iptalent.registry.internal;

import java.util.Map;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How an import job ends once its rows are committed, whichever way it gets there (the run itself, the
 * next start after a crash, a failure after the commit): its talents' search documents are brought up to
 * date, the job completes, its upload goes and the audit log says what it did. From the commit on, an
 * import cannot fail.
 */
@Component
class ImportCompletion {

    private static final Logger log = LoggerFactory.getLogger(ImportCompletion.class);

    private final JdbcTemplate jdbc;
    private final SearchIndexer indexer;
    private final ImportUploads uploads;
    private final AuditLog audit;

    ImportCompletion(JdbcTemplate jdbc, SearchIndexer indexer, ImportUploads uploads, AuditLog audit) {
        this.jdbc = jdbc;
        this.indexer = indexer;
        this.uploads = uploads;
        this.audit = audit;
    }

    /**
     * Replaces the search documents of the talents a committed import changed. The import stands whatever
     * happens here: when indexing fails, the index is marked for a rebuild at the next start, and until then
     * the database still decides what each user sees.
     */
    void indexCommitted(long id, int changed, boolean resumed) {
        long start = System.nanoTime();
        try {
            indexer.indexImport(id, changed, resumed);
            log.info("Import {}: indexed {} changed talents in {} ms", id, changed, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Import {}: its rows are committed but indexing them failed; the index is rebuilt at the next "
                    + "start", id, e);
            indexer.markStale();
        }
    }

    /**
     * Finishes a job whose rows were committed before a crash: the registry holds the whole file, so only the
     * search index has to catch up. The file is not read again.
     */
    void resumeCommitted(long id) {
        Map<String, Object> job = jdbc.queryForMap("select imported_rows, updated_rows from talent_import where id = ?",
                id);
        indexCommitted(id, ((Number) job.get("imported_rows")).intValue()
                + ((Number) job.get("updated_rows")).intValue(), true);
        complete(id);
    }

    /** The job ends: its upload is deleted (only the error report, if any, is kept for a while) and audited. */
    void complete(long id) {
        jdbc.update("update talent_import set status = 'COMPLETED', finished_at = now() where id = ?", id);
        Map<String, Object> job = jdbc.queryForMap("select * from talent_import where id = ?", id);
        uploads.delete(id);
        boolean national = Boolean.TRUE.equals(job.get("scope_national"));
        audit.record(AuditEvent.of(AuditAction.IMPORT, "TalentImport", id).actor((String) job.get("uploaded_by"))
                .region(national ? null : (String) job.get("scope_region")).detail(String.format(
                "%s: %d rows, %d new, %d updated, %d unchanged, %d with errors; %d employers registered",
                job.get("file_name"), job.get("total_rows"), job.get("imported_rows"), job.get("updated_rows"),
                job.get("unchanged_rows"), job.get("error_rows"), job.get("organisations_created"))));
    }
}
