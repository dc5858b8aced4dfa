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
 * is kept in its {@code details} under {@value #SUBJECT}, beside the kind's counts, which never use that name.
 */
@Component
class ImportJobTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The key of a job's subject in its details: no count of a kind's is named so. */
    static final String SUBJECT = "@subject";

    private final JdbcTemplate jdbc;

    ImportJobTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String kind, String fileName, Path stored, SpreadsheetReader.Format format, boolean updateExisting,
            CurrentUser user, Locale locale, Timestamp now) {
        RegionScope scope = user.scope();
        return insert(kind, null, scope.isNational() ? null : user.regionCode(), fileName, stored, format,
                updateExisting, user, locale, now);
    }

    /** A job of a subject: in the subject's region (none: national), whoever uploads it. */
    long insert(String kind, ImportSubject subject, String fileName, Path stored, SpreadsheetReader.Format format,
            boolean updateExisting, CurrentUser user, Locale locale, Timestamp now) {
        return insert(kind, subject.id(), subject.regionCode(), fileName, stored, format, updateExisting, user, locale,
                now);
    }

    private long insert(String kind, Long subject, String region, String fileName, Path stored,
            SpreadsheetReader.Format format, boolean updateExisting, CurrentUser user, Locale locale, Timestamp now) {
        return jdbc.queryForObject("""
                insert into import_job (kind, status, file_name, stored_file, format, update_existing, uploaded_by,
                  uploaded_by_id, locale, scope_region, scope_national, created_at, details)
                values (?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                  case when ?::bigint is null then '{}'::jsonb else jsonb_build_object(?::text, ?::bigint) end)
                returning id""", Long.class, kind, fileName, stored.toAbsolutePath().toString(), format.name(),
                updateExisting, user.username(), user.id(), locale.toLanguageTag(), region, region == null, now,
                subject, SUBJECT, subject);
    }

    /** A job of this kind within the scope: national uploads carry no region, so only national users see them. */
    Optional<ImportJob> find(String kind, long id, RegionScope scope) {
        return jdbc.query("select * from import_job where id = ? and kind = ? and (? or scope_region like ?)",
                this::map, id, kind, scope.isNational(), scope.likePattern()).stream().findFirst();
    }

    /** A job of this kind and subject, wherever it was uploaded from. */
    Optional<ImportJob> find(String kind, long subject, long id) {
        return jdbc.query("""
                select * from import_job where id = ? and kind = ? and details -> ?::text = to_jsonb(?::bigint)
                """, this::map, id, kind, SUBJECT, subject).stream().findFirst();
    }

    List<ImportJob> recent(String kind, long subject, int limit) {
        return jdbc.query("""
                select * from import_job where kind = ? and details -> ?::text = to_jsonb(?::bigint)
                order by id desc limit ?""", this::map, kind, SUBJECT, subject, limit);
    }

    /** A job's subject, null when it has none. */
    Long subject(long id) {
        return subject(jdbc.queryForObject("select details::text from import_job where id = ?", String.class, id));
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

    /**
     * Records what the import did, on the import's own transaction, in the commit that makes it visible; the job's
     * subject stays in its details.
     */
    static void recordCommit(JdbcTemplate transaction, long id, ImportCounts counts) {
        transaction.update("""
                update import_job set committed_at = now(), imported_rows = ?, updated_rows = ?, unchanged_rows = ?,
                  details = ?::jsonb || jsonb_strip_nulls(jsonb_build_object(?::text, details -> ?::text))
                where id = ?""", counts.created(), counts.updated(), counts.unchanged(),
                JSON.writeValueAsString(counts.details()), SUBJECT, SUBJECT, id);
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
        // the subject is a record's id: a long, read on its own
        tools.jackson.databind.JsonNode node = JSON.readTree(json);
        LinkedHashMap<String, Integer> details = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (!e.getKey().equals(SUBJECT)) {
                details.put(e.getKey(), e.getValue().asInt());
            }
        });
        return details;
    }

    private static Long subject(String json) {
        if (json == null) {
            return null;
        }
        tools.jackson.databind.JsonNode subject = JSON.readTree(json).get(SUBJECT);
        return subject == null || subject.isNull() ? null : subject.asLong();
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
                subject(rs.getString("details")));
    }
}
