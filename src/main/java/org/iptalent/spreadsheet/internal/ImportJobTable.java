package org.iptalent.spreadsheet.internal;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.iptalent.spreadsheet.ImportCounts;
import org.iptalent.spreadsheet.ImportFailure;
import org.iptalent.spreadsheet.ImportJob;
import org.iptalent.spreadsheet.ImportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code import_job} table: one row per upload, of every kind. A job's subject (the record its file belongs to)
 * has columns of its own, {@code subject_kind} and {@code subject_id} (both null for a job without one), indexed for
 * a record's jobs; {@code details} holds the kind's counts only.
 */
@Component
class ImportJobTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    ImportJobTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String kind, String fileName, Path stored, SpreadsheetReader.Format format, boolean updateExisting,
            CurrentUser user, Locale locale, Timestamp now) {
        RegionScope scope = user.scope();
        return insert(kind, null, null, scope.isNational() ? null : user.regionCode(), fileName, stored, format,
                updateExisting, user, locale, now);
    }

    /**
     * A job of a subject, a record of the kind's {@code subjectKind}: in the subject's region (none: national),
     * whoever uploads it.
     */
    long insert(String kind, String subjectKind, ImportSubject subject, String fileName, Path stored,
            SpreadsheetReader.Format format, boolean updateExisting, CurrentUser user, Locale locale, Timestamp now) {
        if (subjectKind == null) {
            throw new IllegalArgumentException("an import of kind " + kind + " has no subject");
        }
        return insert(kind, subjectKind, subject.id(), subject.regionCode(), fileName, stored, format, updateExisting,
                user, locale, now);
    }

    private long insert(String kind, String subjectKind, Long subject, String region, String fileName, Path stored,
            SpreadsheetReader.Format format, boolean updateExisting, CurrentUser user, Locale locale, Timestamp now) {
        return jdbc.queryForObject("""
                insert into import_job (kind, status, file_name, stored_file, format, update_existing, uploaded_by,
                  uploaded_by_id, locale, scope_region, scope_national, created_at, subject_kind, subject_id)
                values (?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id""", Long.class, kind, fileName, stored.toAbsolutePath().toString(), format.name(),
                updateExisting, user.username(), user.id(), locale.toLanguageTag(), region, region == null, now,
                subjectKind, subject);
    }

    /** A job of this kind within the scope: national uploads carry no region, so only national users see them. */
    Optional<ImportJob> find(String kind, long id, RegionScope scope) {
        return jdbc.query("select * from import_job where id = ? and kind = ? and (? or scope_region like ?)",
                this::map, id, kind, scope.isNational(), scope.likePattern()).stream().findFirst();
    }

    /** A job of this kind and subject, wherever it was uploaded from. */
    Optional<ImportJob> find(String kind, String subjectKind, long subject, long id) {
        return jdbc.query("""
                select * from import_job where id = ? and kind = ? and subject_kind = ? and subject_id = ?
                """, this::map, id, kind, subjectKind, subject).stream().findFirst();
    }

    /** The latest jobs of this kind and subject (import_job_subject), newest first. */
    List<ImportJob> recent(String kind, String subjectKind, long subject, int limit) {
        return jdbc.query("""
                select * from import_job where subject_kind = ? and subject_id = ? and kind = ?
                order by id desc limit ?""", this::map, subjectKind, subject, kind, limit);
    }

    /** A job's subject, null when it has none. */
    Long subject(long id) {
        return jdbc.queryForObject("select subject_id from import_job where id = ?", Long.class, id);
    }

    /** A job as its kind's follow-up sees it after the commit, whatever its region. */
    ImportJob get(long id) {
        return jdbc.queryForObject("select * from import_job where id = ?", this::map, id);
    }

    List<ImportJob> recent(String kind, RegionScope scope, int limit) {
        if (scope.isNational()) {
            return jdbc.query("select * from import_job where kind = ? order by id desc limit ?", this::map, kind,
                    limit);
        }
        return jdbc.query("select * from import_job where kind = ? and scope_region like ? order by id desc limit ?",
                this::map, kind, scope.likePattern(), limit);
    }

    String kind(long id) {
        return jdbc.queryForObject("select kind from import_job where id = ?", String.class, id);
    }

    Optional<Path> errorReport(long id) {
        return jdbc.queryForList("select error_report from import_job where id = ? and error_report is not null",
                String.class, id).stream().findFirst().map(Path::of);
    }

    /** Claims a queued job for the worker; false when it is no longer queued. */
    boolean start(long id) {
        return jdbc.update("""
                update import_job set status = 'RUNNING', started_at = now(), attempts = attempts + 1
                where id = ? and status = 'QUEUED'""", id) == 1;
    }

    boolean committed(long id) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select committed_at is not null from import_job where id = ?", Boolean.class, id));
    }

    void fail(long id, String key, Object[] args) {
        String[] arguments = Arrays.stream(args == null ? new Object[0] : args).map(String::valueOf)
                .toArray(String[]::new);
        jdbc.update(con -> {
            var ps = con.prepareStatement("update import_job set status = 'FAILED', failure_key = ?, "
                    + "failure_arguments = ?, finished_at = now() where id = ?");
            ps.setString(1, key);
            ps.setArray(2, con.createArrayOf("text", arguments));
            ps.setLong(3, id);
            return ps;
        });
    }

    /** Records what the import did, on the import's own transaction, in the commit that makes it visible. */
    static void recordCommit(JdbcTemplate transaction, long id, ImportCounts counts) {
        transaction.update("""
                update import_job set committed_at = now(), imported_rows = ?, updated_rows = ?, unchanged_rows = ?,
                  details = ?::jsonb
                where id = ?""", counts.created(), counts.updated(), counts.unchanged(),
                JSON.writeValueAsString(counts.details()), id);
    }

    ImportCounts counts(long id) {
        return jdbc.queryForObject("select imported_rows, updated_rows, unchanged_rows, details::text details "
                + "from import_job where id = ?", (rs, n) -> counts(rs), id);
    }

    private static ImportCounts counts(ResultSet rs) throws SQLException {
        Map<String, Integer> map = details(rs.getString("details"));
        return new ImportCounts(rs.getInt("imported_rows"), rs.getInt("updated_rows"), rs.getInt("unchanged_rows"),
                map);
    }

    private static Map<String, Integer> details(String json) {
        if (json == null) {
            return new LinkedHashMap<>();
        }
        LinkedHashMap<String, Integer> details = new LinkedHashMap<>();
        JSON.readTree(json).properties().forEach(e -> details.put(e.getKey(), e.getValue().asInt()));
        return details;
    }

    private ImportJob map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        ImportJob.State state = ImportJob.State.valueOf(rs.getString("status"));
        String failureKey = rs.getString("failure_key");
        Array arguments = rs.getArray("failure_arguments");
        ImportFailure failure = failureKey == null ? null : new ImportFailure(failureKey,
                arguments == null ? List.of() : List.of((String[]) arguments.getArray()));
        return new ImportJob(rs.getLong("id"), rs.getString("kind"), state, rs.getString("file_name"),
                rs.getInt("total_rows"), rs.getInt("processed_rows"), counts(rs), rs.getInt("error_rows"),
                rs.getString("error_report") != null && state == ImportJob.State.COMPLETED,
                rs.getTimestamp("error_report_deleted_at") != null, failure, rs.getString("uploaded_by"),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getObject("subject_id", Long.class));
    }
}
