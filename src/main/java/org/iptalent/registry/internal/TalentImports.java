package org.iptalent.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.registry.ImportJob;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * Spreadsheet imports as jobs: an upload is checked and stored, queued, and processed by one worker
 * thread (imports are heavy; one at a time keeps the platform responsive). At start-up a job left
 * RUNNING by a crash either had committed its rows — then only its search documents are brought up to
 * date — or is queued again: the import is an idempotent upsert, so running it again is safe; after three
 * interrupted attempts it is failed with a message, never left half-done.
 */
@Service
public class TalentImports {

    private static final Logger log = LoggerFactory.getLogger(TalentImports.class);
    private static final int MAX_ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final TalentImporter importer;
    private final ImportProperties properties;
    private final AuditLog audit;
    private final ImportUploads uploads;
    private final ImportCompletion completion;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "talent-import");
        thread.setDaemon(true);
        return thread;
    });

    TalentImports(JdbcTemplate jdbc, TalentImporter importer, ImportProperties properties, AuditLog audit,
            ImportUploads uploads, ImportCompletion completion) {
        this.uploads = uploads;
        this.completion = completion;
        this.jdbc = jdbc;
        this.importer = importer;
        this.properties = properties;
        this.audit = audit;
    }

    /** Stores the upload and queues it; refuses at once what is plainly not an importable file. */
    public ImportJob submit(String fileName, long size, InputStream content, boolean updateExisting, Locale locale)
            throws IOException {
        CurrentUser user = CurrentUser.require();
        RegionScope scope = user.scope();
        if (scope.isNothing()) {
            throw new org.iptalent.shared.AccessDeniedException("problem.forbidden");
        }
        if (size <= 0) {
            throw new BusinessRuleException("file", "import.file.empty");
        }
        if (size > properties.maxFileSize().toBytes()) {
            throw new BusinessRuleException("file", "import.file.tooLarge", properties.maxFileSize().toMegabytes());
        }
        Files.createDirectories(properties.directory());
        Path stored = properties.directory().resolve(UUID.randomUUID() + ".upload");
        Files.copy(content, stored, StandardCopyOption.REPLACE_EXISTING);
        SpreadsheetReader.Format format;
        try {
            format = SpreadsheetReader.sniff(stored);
            // a workbook's name on something that is not one: renamed text is no spreadsheet the user meant
            if (format == SpreadsheetReader.Format.CSV && fileName != null
                    && fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.xls[xm]?")) {
                throw new BusinessRuleException("file", "import.file.notSpreadsheet");
            }
        } catch (BusinessRuleException | IOException e) {
            Files.deleteIfExists(stored);
            throw e;
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : Path.of(fileName).getFileName().toString();
        Long id = jdbc.queryForObject("""
                insert into talent_import (status, file_name, stored_file, format, update_existing, uploaded_by,
                  uploaded_by_id, locale, scope_region, scope_national, created_at)
                values ('QUEUED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                name.length() > 255 ? name.substring(0, 255) : name, stored.toAbsolutePath().toString(), format.name(),
                updateExisting, user.username(), user.id(), locale.toLanguageTag(),
                scope.isNational() ? null : user.regionCode(), scope.isNational(), Timestamp.from(Instant.now()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "TalentImport", id).region(user.regionCode())
                .detail("uploaded " + name + " (" + size + " bytes, " + format + ")"));
        worker.submit(() -> process(id));
        return get(id);
    }

    /** A job of the current user's scope: a provincial officer never sees another province's imports. */
    public ImportJob get(long id) {
        RegionScope scope = RegionScope.current();
        // national uploads carry no region: only national users see them
        return jdbc.query("select * from talent_import where id = ? and (? or scope_region like ?)", this::map, id,
                scope.isNational(), scope.likePattern()).stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("TalentImport", id));
    }

    /** The latest imports of the current user's region, newest first. */
    public List<ImportJob> recent() {
        RegionScope scope = RegionScope.current();
        if (scope.isNational()) {
            return jdbc.query("select * from talent_import order by id desc limit 20", this::map);
        }
        return jdbc.query("select * from talent_import where scope_region like ? order by id desc limit 20", this::map,
                scope.likePattern());
    }

    /** The error report's file, when the job is visible and has one. */
    public Optional<Path> errorReport(long id) {
        get(id);
        String path = jdbc.queryForObject("select error_report from talent_import where id = ?", String.class, id);
        return Optional.ofNullable(path).map(Path::of).filter(Files::exists);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        // rows committed before the crash: only the index has to catch up (the file is not run again)
        List<Long> committed = jdbc.queryForList(
                "select id from talent_import where status = 'RUNNING' and committed_at is not null order by id",
                Long.class);
        List<Long> failed = jdbc.queryForList("""
                update talent_import set status = 'FAILED', finished_at = now(), failure = 'import.failure.interrupted'
                where status = 'RUNNING' and committed_at is null and attempts >= ? returning id""", Long.class,
                MAX_ATTEMPTS);
        failed.forEach(this::discardFiles);
        int requeued = jdbc.update("update talent_import set status = 'QUEUED' where status = 'RUNNING' "
                + "and committed_at is null");
        if (committed.size() + failed.size() + requeued > 0) {
            log.warn("Imports interrupted by a restart: {} committed and now indexed, {} queued again, {} failed "
                    + "after {} attempts", committed.size(), requeued, failed.size(), MAX_ATTEMPTS);
        }
        for (Long id : committed) {
            worker.submit(() -> finishCommitted(id));
        }
        for (Long id : jdbc.queryForList("select id from talent_import where status = 'QUEUED' order by id",
                Long.class)) {
            worker.submit(() -> process(id));
        }
        worker.submit(uploads::sweep);
    }

    private void finishCommitted(long id) {
        try {
            completion.resumeCommitted(id);
        } catch (RuntimeException e) {
            // the rows are committed; the start-up check of the index rebuilds it if it still disagrees
            log.error("Import {}: indexing its committed rows failed", id, e);
        }
    }

    private void process(long id) {
        if (jdbc.update("""
                update talent_import set status = 'RUNNING', started_at = now(), attempts = attempts + 1
                where id = ? and status = 'QUEUED'""", id) != 1) {
            return;
        }
        try {
            importer.run(id);
        } catch (BusinessRuleException e) {
            failUnlessCommitted(id, e.messageKey(), e.arguments(), null);
        } catch (Exception e) {
            failUnlessCommitted(id, "import.failure.internal", new Object[0], e);
        } catch (OutOfMemoryError e) {
            // the file's limits should make this impossible; if it happens anyway, the import's own memory is
            // free again once this frame is left
            failUnlessCommitted(id, "import.failure.internal", new Object[0], e);
        }
    }

    /** A job that committed has imported its file, whatever failed after: it completes, it never fails. */
    private void failUnlessCommitted(long id, String key, Object[] args, Throwable cause) {
        boolean committed = Boolean.TRUE.equals(jdbc.queryForObject(
                "select committed_at is not null from talent_import where id = ?", Boolean.class, id));
        if (committed) {
            log.error("Import {}: its rows are committed, but finishing the job failed", id, cause);
            completion.complete(id);
            return;
        }
        if (cause != null) {
            log.error("Import {} failed", id, cause);
        }
        fail(id, key, args);
    }

    private void fail(long id, String key, Object[] args) {
        String failure = args.length == 0 ? key : key + "|" + String.valueOf(args[0]);
        jdbc.update("update talent_import set status = 'FAILED', failure = ?, finished_at = now() where id = ?",
                failure, id);
        discardFiles(id);
        // a failed import leaves the registry as it was: its transaction was rolled back
        audit.record(AuditEvent.of(AuditAction.IMPORT, "TalentImport", id).actor(
                jdbc.queryForObject("select uploaded_by from talent_import where id = ?", String.class, id))
                .detail("failed: " + failure));
    }

    /** A failed job keeps no file: its upload goes, and its error report is incomplete. */
    private void discardFiles(long id) {
        uploads.delete(id);
        uploads.deleteErrorReport(id);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private ImportJob map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(id, rs.getString("status"), rs.getString("file_name"), rs.getInt("total_rows"),
                rs.getInt("processed_rows"), rs.getInt("imported_rows"), rs.getInt("updated_rows"),
                rs.getInt("unchanged_rows"), rs.getInt("error_rows"), rs.getInt("organisations_created"),
                rs.getString("error_report") == null || !"COMPLETED".equals(rs.getString("status")) ? null
                        : "/api/v1/talent-imports/" + id + "/errors", rs.getTimestamp("error_report_deleted_at") != null,
                rs.getString("failure"), rs.getString("uploaded_by"), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
