package org.iptalent.spreadsheet.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What an import keeps on disk, and for how long: no more than the work needs (PIPL). An upload holds
 * full identity numbers and is deleted as soon as its job ends; an error report is kept for
 * {@code iptalent.import.error-report-retention} (7 days) so the uploader can correct and upload it again,
 * then deleted. An hourly sweep also removes what a crash or an older version left behind.
 */
@Component
class ImportUploads {

    private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);
    private static final Pattern ERROR_REPORT = Pattern.compile("import-(\\d+)-errors\\.xlsx");
    /** An upload younger than this may belong to a job being created right now. */
    private static final Duration GRACE = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final ImportProperties properties;
    private final Clock clock;

    ImportUploads(JdbcTemplate jdbc, ImportProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Deletes a job's uploaded file, once the job has ended. */
    void delete(long id) {
        jdbc.queryForList("select stored_file from import_job where id = ?", String.class, id)
                .forEach(file -> deleteFile(Path.of(file)));
    }

    /** Deletes a job's error report, when it has one (a failed job's report is incomplete and never offered). */
    void deleteErrorReport(long id) {
        deleteFile(properties.directory().resolve("import-" + id + "-errors.xlsx"));
        jdbc.update("update import_job set error_report = null where id = ? and error_report is not null", id);
    }

    /** The hourly sweep, never on two nodes of a cluster at once. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    @SchedulerLock(name = "spreadsheet-import-sweep", lockAtMostFor = "PT30M")
    void scheduledSweep() {
        sweep();
    }

    /** Removes expired error reports and every file no running job needs; returns how many files went. */
    int sweep() {
        int deleted = 0;
        Instant expiry = clock.instant().minus(properties.errorReportRetention());
        for (var job : jdbc.queryForList("select id, error_report from import_job where error_report is not null "
                + "and finished_at < ?", Timestamp.from(expiry))) {
            deleted += deleteFile(Path.of((String) job.get("error_report"))) ? 1 : 0;
            jdbc.update("update import_job set error_report = null, error_report_deleted_at = ? where id = ?",
                    Timestamp.from(clock.instant()), job.get("id"));
        }
        if (!Files.isDirectory(properties.directory())) {
            return deleted;
        }
        // running jobs first: a job that completes meanwhile has its report in the second query's answer
        Set<Long> running = new HashSet<>(jdbc.queryForList(
                "select id from import_job where status in ('QUEUED', 'RUNNING')", Long.class));
        Set<Path> needed = new HashSet<>();
        jdbc.queryForList("select stored_file from import_job where status in ('QUEUED', 'RUNNING') union all "
                + "select error_report from import_job where error_report is not null", String.class)
                .forEach(file -> needed.add(Path.of(file).toAbsolutePath().normalize()));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(properties.directory())) {
            for (Path file : files) {
                if (needed.contains(file.toAbsolutePath().normalize()) || !leftOver(file, running)) {
                    continue;
                }
                deleted += deleteFile(file) ? 1 : 0;
            }
        } catch (IOException e) {
            log.warn("Could not sweep the import directory {}", properties.directory(), e);
        }
        if (deleted > 0) {
            log.info("Deleted {} import files past their retention or no longer needed", deleted);
        }
        return deleted;
    }

    /** An upload or error report that no job needs any more (never a file of a job still running). */
    private boolean leftOver(Path file, Set<Long> running) throws IOException {
        String name = file.getFileName().toString();
        Matcher report = ERROR_REPORT.matcher(name);
        if (report.matches()) {
            return !running.contains(Long.parseLong(report.group(1)));
        }
        return name.endsWith(".upload")
                && Files.getLastModifiedTime(file).toInstant().isBefore(clock.instant().minus(GRACE));
    }

    private static boolean deleteFile(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the import file {}", file, e);
            return false;
        }
    }
}
