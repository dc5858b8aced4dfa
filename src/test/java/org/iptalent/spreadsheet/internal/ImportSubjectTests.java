package org.iptalent.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.iptalent.identity.UserSummary;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.ImportContext;
import org.iptalent.spreadsheet.ImportCounts;
import org.iptalent.spreadsheet.ImportJob;
import org.iptalent.spreadsheet.ImportKind;
import org.iptalent.spreadsheet.ImportRun;
import org.iptalent.spreadsheet.ImportSubject;
import org.iptalent.spreadsheet.SheetColumns;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A job whose file belongs to one record (a class's attendance sheet): it carries the record's id to its run and its
 * follow-up, keeps it through the commit in columns of its own (subject_kind, subject_id) apart from the kind's
 * counts, lies in the record's region whoever uploads it, and is found by kind and subject only. A job from before
 * those columns, its subject under "@subject" in its details, is moved to them by V23.
 */
@PlatformTest
class ImportSubjectTests {

    @Autowired
    ImportJobTable table;
    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportFinish finish;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts accounts;

    /** A kind of this test's own, never registered: its jobs are only inserted, never run by the worker. */
    static final class SubjectKind implements ImportKind<Object> {
        final AtomicReference<ImportJob> committed = new AtomicReference<>();

        @Override
        public String name() {
            return "SubjectTest";
        }

        @Override
        public String subjectKind() {
            return "SubjectTestRecord";
        }

        @Override
        public SheetColumns columns() {
            return new SheetColumns("import.column.", List.of());
        }

        @Override
        public ImportRun<Object> start(ImportContext context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void committed(ImportJob job, boolean resumed) {
            committed.set(job);
        }
    }

    private long insert(SubjectKind kind, UserSummary user, ImportSubject subject) {
        CurrentUser uploader = new CurrentUser(user.id(), user.username(), user.displayName(), user.roles(),
                user.regionCode());
        return finished(table.insert(kind.name(), kind.subjectKind(), subject, "attendance.xlsx", Path.of("target", "none.upload"),
                SpreadsheetReader.Format.XLSX, true, uploader, Locale.CHINA, Timestamp.from(Instant.now())));
    }

    /** Ended at once: no worker (a restart's recovery) ever takes up a job of a kind it does not know. */
    private long finished(long id) {
        jdbc.update("update import_job set status = 'COMPLETED', finished_at = now() where id = ?", id);
        return id;
    }

    @Test
    void aSubjectsJobLiesInTheSubjectsRegionAndIsFoundByItsSubjectOnly() {
        SubjectKind kind = new SubjectKind();
        // a training base's manager has no region of their own to scope a job by
        UserSummary manager = accounts.active("subject.base", Role.TRAINING_BASE_MANAGER, "320000");
        long subject = System.nanoTime();
        long id = insert(kind, manager, new ImportSubject(subject, "320100"));
        long other = insert(kind, manager, new ImportSubject(subject + 1, "320100"));

        ImportJob job = jobs.get(kind, subject, id);
        assertThat(job.subject()).isEqualTo(subject);
        assertThat(job.uploadedBy()).isEqualTo(manager.username());
        assertThat(job.counts().details()).isEmpty();
        assertThat(jdbc.queryForMap("select scope_region, scope_national from import_job where id = ?", id))
                .containsEntry("scope_region", "320100").containsEntry("scope_national", false);
        assertThat(jobs.recent(kind, subject)).extracting(ImportJob::id).containsExactly(id);
        assertThat(jobs.recent(kind, subject + 1)).extracting(ImportJob::id).containsExactly(other);
        assertThatThrownBy(() -> jobs.get(kind, subject + 1, id)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> jobs.errorReport(kind, subject + 1, id)).isInstanceOf(RecordNotFoundException.class);
        assertThat(jobs.errorReport(kind, subject, id)).isEmpty();
        assertThat(table.subject(id)).isEqualTo(subject);

        // a national subject: a national job
        long national = insert(kind, manager, new ImportSubject(subject + 2, null));
        assertThat(jdbc.queryForObject("select scope_national from import_job where id = ?", Boolean.class, national))
                .isTrue();
    }

    @Test
    void theSubjectOutlivesTheCommitAndTheKindsFollowUpSeesIt() {
        SubjectKind kind = new SubjectKind();
        UserSummary admin = accounts.active("subject.admin", Role.PROVINCIAL_ADMIN, "440000");
        long subject = System.nanoTime();
        long id = insert(kind, admin, new ImportSubject(subject, "440100"));
        ImportJobTable.recordCommit(jdbc, id, new ImportCounts(3, 1, 2, Map.of("withheld", 4)));

        ImportJob job = jobs.get(kind, subject, id);
        assertThat(job.counts()).isEqualTo(new ImportCounts(3, 1, 2, Map.of("withheld", 4)));
        assertThat(table.counts(id).details()).containsOnlyKeys("withheld");
        assertThat(job.subject()).isEqualTo(subject);

        finish.committed(id, kind, false);
        assertThat(kind.committed.get()).isNotNull();
        assertThat(kind.committed.get().subject()).isEqualTo(subject);
        assertThat(kind.committed.get().counts().created()).isEqualTo(3);
        assertThat(kind.committed.get().uploadedBy()).isEqualTo(admin.username());
    }

    @Test
    void aJobWithoutSubjectHasNone() {
        SubjectKind kind = new SubjectKind();
        UserSummary admin = accounts.active("subject.plain", Role.PROVINCIAL_ADMIN, "440000");
        long id = finished(TestAccounts.as(admin, () -> table.insert(kind.name(), "talents.xlsx",
                Path.of("target", "none.upload"), SpreadsheetReader.Format.XLSX, true, CurrentUser.require(),
                Locale.CHINA, Timestamp.from(Instant.now()))));
        ImportJobTable.recordCommit(jdbc, id, new ImportCounts(1, 0, 0, Map.of()));
        assertThat(table.subject(id)).isNull();
        ImportJob job = TestAccounts.as(admin, () -> jobs.get(kind, id));
        assertThat(job.subject()).isNull();
        assertThat(job.counts().details()).isEmpty();
        assertThatThrownBy(() -> jobs.get(kind, 0, id)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theSubjectHasColumnsOfItsOwnAndNoKeyInTheDetails() {
        SubjectKind kind = new SubjectKind();
        UserSummary admin = accounts.active("subject.columns", Role.PROVINCIAL_ADMIN, "440000");
        long subject = System.nanoTime();
        long id = insert(kind, admin, new ImportSubject(subject, "440100"));
        ImportJobTable.recordCommit(jdbc, id, new ImportCounts(1, 0, 0, Map.of("withheld", 2)));
        long plain = finished(TestAccounts.as(admin, () -> table.insert(kind.name(), "talents.xlsx",
                Path.of("target", "none.upload"), SpreadsheetReader.Format.XLSX, true, CurrentUser.require(),
                Locale.CHINA, Timestamp.from(Instant.now()))));

        assertThat(jdbc.queryForMap("select subject_kind, subject_id, details::text details from import_job "
                + "where id = ?", id)).containsEntry("subject_kind", "SubjectTestRecord")
                .containsEntry("subject_id", subject).containsEntry("details", "{\"withheld\": 2}");
        assertThat(jdbc.queryForMap("select subject_kind, subject_id, details::text details from import_job "
                + "where id = ?", plain)).containsEntry("subject_kind", null).containsEntry("subject_id", null)
                .containsEntry("details", "{}");
        // a record's jobs are found through the partial index of the subject columns
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'import_job_subject'",
                String.class)).contains("(subject_kind, subject_id, kind, id DESC)")
                .contains("WHERE (subject_kind IS NOT NULL)");
        // a kind without subjects takes none
        assertThatThrownBy(() -> table.insert("TalentImport", null, new ImportSubject(subject, "440100"), "a.xlsx",
                Path.of("target", "none.upload"), SpreadsheetReader.Format.XLSX, true,
                new CurrentUser(admin.id(), admin.username(), admin.displayName(), admin.roles(), admin.regionCode()),
                Locale.CHINA, Timestamp.from(Instant.now()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void v23MovesASubjectFromTheDetailsToItsColumns() throws Exception {
        UserSummary admin = accounts.active("subject.legacy", Role.PROVINCIAL_ADMIN, "440000");
        long subject = System.nanoTime();
        // jobs as they were written before V23: the subject under "@subject" in the details, beside the counts
        long attendance = legacy("AttendanceImport", "{\"@subject\": " + subject + ", \"withheld\": 2}", admin);
        long other = legacy("SomeKind", "{\"@subject\": " + (subject + 1) + "}", admin);
        long jsonNull = legacy("AttendanceImport", "{\"@subject\": null, \"withheld\": 1}", admin);
        long plain = legacy("TalentImport", "{\"organisationsCreated\": 3}", admin);

        String script = new String(getClass().getResourceAsStream("/db/migration/V23__import_job_subject.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        List<String> updates = java.util.Arrays.stream(script.replaceAll("(?m)^--.*$", "").split(";"))
                .map(String::strip).filter(statement -> statement.startsWith("update")).toList();
        assertThat(updates).hasSize(2);
        updates.forEach(jdbc::update);

        assertThat(row(attendance)).containsEntry("subject_kind", "TrainingClass").containsEntry("subject_id", subject)
                .containsEntry("details", "{\"withheld\": 2}");
        assertThat(row(other)).containsEntry("subject_kind", "SomeKind").containsEntry("subject_id", subject + 1)
                .containsEntry("details", "{}");
        assertThat(row(jsonNull)).containsEntry("subject_kind", null).containsEntry("subject_id", null)
                .containsEntry("details", "{\"withheld\": 1}");
        assertThat(row(plain)).containsEntry("subject_kind", null).containsEntry("subject_id", null)
                .containsEntry("details", "{\"organisationsCreated\": 3}");
        assertThat(table.subject(attendance)).isEqualTo(subject);
    }

    private long legacy(String kind, String details, UserSummary uploader) {
        return jdbc.queryForObject("""
                insert into import_job (kind, status, file_name, stored_file, format, uploaded_by, uploaded_by_id,
                  scope_region, scope_national, created_at, finished_at, details)
                values (?, 'COMPLETED', 'old.xlsx', 'none.upload', 'XLSX', ?, ?, '440100', false, now(), now(), ?::jsonb)
                returning id""", Long.class, kind, uploader.username(), uploader.id(), details);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select subject_kind, subject_id, details::text details from import_job where id = ?",
                id);
    }
}
