package org.iptalent.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.spreadsheet.ImportJob;
import org.iptalent.spreadsheet.ImportKind;
import org.iptalent.spreadsheet.ImportSubject;
import org.iptalent.spreadsheet.SpreadsheetImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Imports as jobs: an upload is checked and stored, queued, and processed by one worker thread (imports are
 * heavy; one at a time keeps the platform responsive). At start-up a job left running by a crash either had
 * committed its rows — then only its kind's derived data is brought up to date — or is queued again (an import
 * is all-or-nothing, so running it again is safe); after three interrupted attempts it fails with a message,
 * never left half-done.
 */
@Service
class ImportJobs implements SpreadsheetImports {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int MAX_ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final ImportJobTable table;
    private final ImportPass pass;
    private final ImportFinish finish;
    private final ImportUploads uploads;
    private final ImportProperties properties;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Map<String, ImportKind<?>> kinds;
    /** Set once start-up has recovered interrupted jobs: an upload before that waits for it, queued. */
    private volatile boolean ready;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "spreadsheet-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(JdbcTemplate jdbc, ImportJobTable table, ImportPass pass, ImportFinish finish, ImportUploads uploads,
            ImportProperties properties, AuditLog audit, MessageSource messages, List<ImportKind<?>> kinds) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.table = table;
        this.pass = pass;
        this.finish = finish;
        this.uploads = uploads;
        this.properties = properties;
        this.audit = audit;
        this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity()));
    }

    @Override
    public ImportJob submit(ImportKind<?> kind, String fileName, long size, InputStream content,
            boolean updateExisting, Locale locale) throws IOException {
        CurrentUser user = CurrentUser.require();
        RegionScope scope = user.scope();
        if (scope.isNothing()) {
            throw new AccessDeniedException("problem.forbidden");
        }
        String region = scope.isNational() ? null : user.regionCode();
        long id = store(fileName, size, content, (name, stored, format) -> table.insert(kind.name(), name, stored,
                format, updateExisting, user, locale, Timestamp.from(Instant.now())), kind, region);
        return get(kind, id);
    }

    @Override
    public ImportJob submit(ImportKind<?> kind, ImportSubject subject, String fileName, long size,
            InputStream content, boolean updateExisting, Locale locale) throws IOException {
        CurrentUser user = CurrentUser.require();
        long id = store(fileName, size, content, (name, stored, format) -> table.insert(kind.name(), kind.subjectKind(), subject, name,
                stored, format, updateExisting, user, locale, Timestamp.from(Instant.now())), kind,
                subject.regionCode());
        return get(kind, subject.id(), id);
    }

    /** Inserts a job's row for an upload stored and sniffed. */
    private interface JobRow {
        long insert(String fileName, Path stored, SpreadsheetReader.Format format);
    }

    /** Checks and stores the upload, inserts its job, audits and queues it; returns the job's id. */
    private long store(String fileName, long size, InputStream content, JobRow row, ImportKind<?> kind, String region)
            throws IOException {
        if (size <= 0) {
            throw new BusinessRuleException("file", "import.file.empty");
        }
        if (tooLarge(size)) {
            throw new BusinessRuleException("file", "import.file.tooLarge", maxFileSizeMegabytes());
        }
        Files.createDirectories(properties.directory());
        Path stored = properties.directory().resolve(UUID.randomUUID() + ".upload");
        Files.copy(content, stored, StandardCopyOption.REPLACE_EXISTING);
        SpreadsheetReader.Format format;
        try {
            format = SpreadsheetReader.sniff(stored);
            // a workbook's name on something that is not one: renamed text is no spreadsheet the user meant
            if (format == SpreadsheetReader.Format.CSV && fileName != null
                    && fileName.toLowerCase(Locale.ROOT).matches(".*\\.xls[xm]?")) {
                throw new BusinessRuleException("file", "import.file.notSpreadsheet");
            }
        } catch (BusinessRuleException | IOException e) {
            Files.deleteIfExists(stored);
            throw e;
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : Path.of(fileName).getFileName().toString();
        long id = row.insert(name.length() > 255 ? name.substring(0, 255) : name, stored, format);
        audit.record(AuditEvent.of(AuditAction.CREATE, kind.name(), id).region(region)
                .message("audit.detail.importUploaded", name, format.name(), size));
        if (ready) {
            worker.submit(() -> process(id));
        }
        return id;
    }

    @Override
    public ImportJob get(ImportKind<?> kind, long id) {
        return table.find(kind.name(), id, RegionScope.current())
                .orElseThrow(() -> new RecordNotFoundException(kind.name(), id));
    }

    @Override
    public ImportJob get(ImportKind<?> kind, long subject, long id) {
        return table.find(kind.name(), kind.subjectKind(), subject, id)
                .orElseThrow(() -> new RecordNotFoundException(kind.name(), id));
    }

    @Override
    public List<ImportJob> recent(ImportKind<?> kind) {
        return table.recent(kind.name(), RegionScope.current(), 20);
    }

    @Override
    public List<ImportJob> recent(ImportKind<?> kind, long subject) {
        return table.recent(kind.name(), kind.subjectKind(), subject, 20);
    }

    @Override
    public Optional<Path> errorReport(ImportKind<?> kind, long id) {
        get(kind, id);
        return table.errorReport(id).filter(Files::exists);
    }

    @Override
    public Optional<Path> errorReport(ImportKind<?> kind, long subject, long id) {
        get(kind, subject, id);
        return table.errorReport(id).filter(Files::exists);
    }

    @Override
    public String errorReportFileName(long id, Locale locale) {
        return messages.getMessage("import.report.fileName", new Object[] {String.valueOf(id)}, locale) + ".xlsx";
    }

    @Override
    public long maxFileSizeMegabytes() {
        return properties.maxFileSize().toMegabytes();
    }

    @Override
    public boolean tooLarge(long size) {
        return size > properties.maxFileSize().toBytes();
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        // rows committed before the crash: only derived data has to catch up (the file is not run again)
        List<Long> committed = jdbc.queryForList(
                "select id from import_job where status = 'RUNNING' and committed_at is not null order by id",
                Long.class);
        List<Long> failed = jdbc.queryForList("""
                update import_job set status = 'FAILED', finished_at = now(), failure_key = 'import.failure.interrupted',
                  failure_arguments = '{}'
                where status = 'RUNNING' and committed_at is null and attempts >= ? returning id""", Long.class,
                MAX_ATTEMPTS);
        failed.forEach(this::discardFiles);
        int requeued = jdbc.update("update import_job set status = 'QUEUED' where status = 'RUNNING' "
                + "and committed_at is null");
        if (committed.size() + failed.size() + requeued > 0) {
            log.warn("Imports interrupted by a restart: {} committed and now finished, {} queued again, {} failed "
                    + "after {} attempts", committed.size(), requeued, failed.size(), MAX_ATTEMPTS);
        }
        for (Long id : committed) {
            worker.submit(() -> resumeCommitted(id));
        }
        ready = true;
        // a job queued twice (an upload while this ran) is claimed once: process() takes only a queued job
        for (Long id : jdbc.queryForList("select id from import_job where status = 'QUEUED' order by id", Long.class)) {
            worker.submit(() -> process(id));
        }
    }

    private void resumeCommitted(long id) {
        try {
            finish.resumeCommitted(id, kind(id));
        } catch (RuntimeException e) {
            log.error("Import {}: finishing its committed rows failed", id, e);
        }
    }

    private ImportKind<?> kind(long id) {
        String name = table.kind(id);
        ImportKind<?> kind = kinds.get(name);
        if (kind == null) {
            throw new IllegalStateException("no import kind " + name + " for job " + id);
        }
        return kind;
    }

    private void process(long id) {
        if (!table.start(id)) {
            return;
        }
        try {
            pass.run(id, kind(id));
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
        if (table.committed(id)) {
            // whatever did not happen after the commit (derived data, the job's end) is done again from the
            // database, as after a crash
            log.error("Import {}: its rows are committed, but finishing the job failed", id, cause);
            finish.resumeCommitted(id, kind(id));
            return;
        }
        if (cause != null) {
            log.error("Import {} failed", id, cause);
        }
        table.fail(id, key, args);
        discardFiles(id);
        // a failed import leaves the records as they were: its transaction was rolled back
        Map<String, Object> job = jdbc.queryForMap(
                "select kind, uploaded_by, scope_region, scope_national from import_job where id = ?", id);
        audit.record(AuditEvent.of(AuditAction.IMPORT, (String) job.get("kind"), id)
                .actor((String) job.get("uploaded_by"))
                .region(Boolean.TRUE.equals(job.get("scope_national")) ? null : (String) job.get("scope_region"))
                .message("audit.detail.importFailed",
                        AuditText.message(key, Arrays.stream(args == null ? new Object[0] : args)
                                .map(String::valueOf).toArray())));
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
}
