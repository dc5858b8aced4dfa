package org.iptalent.training.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.registry.internal.imports.TalentImportKind;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.Attachment;
import org.iptalent.spreadsheet.ImportJob;
import org.iptalent.spreadsheet.SpreadsheetImports;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.iptalent.training.enrollment.Enrolling;
import org.iptalent.training.offering.ClassMode;
import org.iptalent.training.offering.ClassPlan;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.program.Level;
import org.iptalent.training.program.ProgramCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A class's attendance from a real XLSX through the platform's import pipeline, uploaded by the base's manager (who
 * has no region of their own): a file with a bad row records nothing and returns the bad rows with their reasons; a
 * good one, filled in on the class's own template, records every mark and result and the hours attended; the jobs
 * belong to their class and to those who run it.
 */
@PlatformTest
class AttendanceImportTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TalentRecords talents;
    @Autowired
    ProgramCatalogue programs;
    @Autowired
    ClassPlanning planning;
    @Autowired
    Enrolling enrolling;
    @Autowired
    AttendanceImports imports;
    @Autowired
    SpreadsheetImports spreadsheets;
    @Autowired
    TalentImportKind talentImports;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary national;
    UserSummary province;
    UserSummary manager;
    long[] talentIds = new long[3];
    String[] names = {"冯远", "陈静", "褚岩"};
    long classId;
    LocalDate day = LocalDate.now().plusDays(1);

    @BeforeEach
    void setUp() {
        national = accounts.active("att.nat", Role.NATIONAL_ADMIN, null);
        province = accounts.active("att.js", Role.PROVINCIAL_ADMIN, "320000");
        manager = accounts.active("att.base", Role.TRAINING_BASE_MANAGER, "330000");
        long host = as(national, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("杭州培训中心"), "UNIVERSITY", TestIdentities.creditCode(), "330100", null))).id();
        // the base as its designation leaves it, with its manager (the bases' own rules are tested with them)
        long baseId = jdbc.queryForObject("""
                insert into training_base (name, level, region_code, host_organisation_id, designated_on, status,
                  created_at, updated_at)
                values (?, 'LOCAL', '330100', ?, date '2023-03-01', 'DESIGNATED', now(), now()) returning id""",
                Long.class, TestAccounts.uniqueName("浙江基地"), host);
        jdbc.update("insert into training_base_manager (training_base_id, user_id) values (?, ?)", baseId,
                manager.id());
        for (int i = 0; i < 3; i++) {
            String identity = TestIdentities.identity("330102", i % 2 == 0);
            String name = names[i];
            talentIds[i] = as(national, () -> talents.create(new TalentInput(name, null, null, identity, null, null,
                    "MASTER", "LAW", null, null, null, "330100", "72", List.of("APP_ENTERPRISE_MANAGER"), null, null,
                    null, null), Talent.Source.MANUAL)).id();
        }
        var program = as(national, () -> programs.create(TestAccounts.uniqueName("商标实务"), "APPLICATION", null,
                "商标申请与维权"));
        long level = as(national, () -> programs.level(program.getId(), Level.FOUNDATION, "掌握商标申请",
                BigDecimal.valueOf(8))).getId();
        classId = as(manager, () -> planning.create(level, baseId, new ClassPlan("商标实务班", ClassMode.IN_PERSON,
                Filling.ENROLLMENT, day, day.plusDays(1), "杭州", 10, "褚老师", "企业商标管理人员", day.minusDays(5),
                day, 80, BigDecimal.valueOf(60)))).getId();
        as(manager, () -> planning.addSession(classId, day.atTime(9, 0), day.atTime(12, 0), BigDecimal.valueOf(3),
                "商标申请", null));
        as(manager, () -> planning.addSession(classId, day.atTime(14, 0), day.atTime(16, 0), BigDecimal.valueOf(2),
                "商标检索", null));
        as(manager, () -> planning.addSession(classId, day.plusDays(1).atTime(9, 0), day.plusDays(1).atTime(12, 0),
                BigDecimal.valueOf(3), "商标维权", null));
        // the first two take places; the third is on the registry, not in the class
        as(national, () -> enrolling.assign(classId, talentIds[0]));
        as(national, () -> enrolling.assign(classId, talentIds[1]));
    }

    private static <T> T as(UserSummary user, java.util.function.Supplier<T> work) {
        return TestAccounts.as(user, work);
    }

    private ImportJob await(long jobId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            ImportJob job = as(manager, () -> imports.job(classId, jobId));
            if (job.finished()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + jobId + " did not finish");
    }

    private ImportJob run(byte[] xlsx, boolean updateExisting) throws Exception {
        ImportJob job = as(manager, () -> {
            try {
                return imports.submit(classId, "考勤.xlsx", xlsx.length, new ByteArrayInputStream(xlsx),
                        updateExisting, Locale.SIMPLIFIED_CHINESE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return await(job.id());
    }

    private long attendanceRows() {
        return jdbc.queryForObject("""
                select count(*) from attendance a join class_session s on s.id = a.session_id where s.class_id = ?
                """, Long.class, classId);
    }

    private BigDecimal attended(long talentId) {
        return jdbc.queryForObject("select attended_hours from enrollment where class_id = ? and talent_id = ?",
                BigDecimal.class, classId, talentId);
    }

    @Test
    void aFileWithBadRowsRecordsNothingAndReturnsThoseRowsWithTheirReasons() throws Exception {
        String date = day.toString();
        byte[] xlsx = Spreadsheets.xlsx(List.of("Talent number", "Name", "Date", "Start time", "Present",
                "Hours attended", "Result"), List.of(
                List.of(String.valueOf(talentIds[0]), names[0], date, "9:00", "yes", "", "88"),
                List.of(String.valueOf(talentIds[1]), names[1], date, "09:00", "是", "2.5", ""),
                // not in the class
                List.of(String.valueOf(talentIds[2]), names[2], date, "9:00", "是", "", ""),
                // the name of another trainee: a row filled in on the wrong line
                List.of(String.valueOf(talentIds[1]), names[0], date, "14:00", "否", "", ""),
                // two sessions that day and no start time
                List.of(String.valueOf(talentIds[0]), names[0], date, "", "是", "", "")));
        ImportJob job = run(xlsx, true);
        assertThat(job.state()).as(String.valueOf(job.failure())).isEqualTo(ImportJob.State.COMPLETED);
        var report = as(manager, () -> imports.errorReport(classId, job.id())).orElseThrow();
        List<List<String>> rows = Spreadsheets.read(Files.readAllBytes(report));
        String errors = rows.stream().map(r -> String.join("|", r)).reduce("", (a, b) -> a + "\n" + b);
        assertThat(job.refusedRows()).as(errors).isEqualTo(3);
        assertThat(job.counts().created()).isZero();
        assertThat(job.counts().detail(AttendanceImportKind.WITHHELD)).isEqualTo(2);
        assertThat(attendanceRows()).isZero();
        assertThat(attended(talentIds[0])).isEqualByComparingTo("0");
        assertThat(jdbc.queryForObject("select score from enrollment where class_id = ? and talent_id = ?",
                BigDecimal.class, classId, talentIds[0])).isNull();

        assertThat(rows).hasSize(4);
        assertThat(errors).contains("编号为 " + talentIds[2] + " 的人才没有本班名额")
                .contains("姓名与本班名单中编号为 " + talentIds[1] + " 的学员不一致")
                .contains("本班在 " + date + " 有 2 个课次");
        // a job belongs to its class and to those who run it
        assertThatThrownBy(() -> as(manager, () -> imports.job(classId + 1, job.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(province, () -> imports.job(classId, job.id())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aGoodFileFilledInOnTheClassesTemplateRecordsEveryMarkResultAndHour() throws Exception {
        Http http = new Http(port);
        http.login(manager.username(), TestAccounts.PASSWORD);
        byte[] template = http.download("/classes/" + classId + "/attendance-imports/template");
        List<List<String>> rows = Spreadsheets.read(template);
        assertThat(rows.get(0)).startsWith("人才编号 *", "姓名 *", "课次", "上课日期", "开始时间", "是否出席 *");
        assertThat(rows).hasSize(1 + 2 * 3);
        assertThat(rows.get(1)).startsWith(String.valueOf(talentIds[0]), names[0], "1", day.toString(), "09:00");
        List<List<String>> filled = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            boolean first = row.get(0).equals(String.valueOf(talentIds[0]));
            boolean lastSession = row.get(2).equals("3");
            // the first trainee misses the last session; each has a result on their first row
            filled.add(List.of(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4),
                    first && lastSession ? "否" : "是", "", row.get(2).equals("1") ? (first ? "90" : "75.5") : ""));
        }
        byte[] xlsx = Spreadsheets.xlsx(rows.get(0), filled);
        String page = "/classes/" + classId + "/attendance-imports";
        var shown = http.get(page);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("id=\"import-form\"", page + "/template", "导入考勤与成绩");
        var upload = http.uploadForm(page, page, "考勤.xlsx", xlsx);
        assertThat(upload.status()).isEqualTo(302);
        assertThat(upload.header("Location")).endsWith(page);
        AttendanceImports.Panel panel = as(manager, () -> imports.panel(classId)).orElseThrow();
        assertThat(panel.base()).isEqualTo("/classes/" + classId + "/attendance-imports");
        ImportJob job = await(panel.jobs().get(0).id());
        assertThat(job.state()).as(String.valueOf(job.failure())).isEqualTo(ImportJob.State.COMPLETED);
        assertThat(job.refusedRows()).isZero();
        assertThat(job.counts().created()).isEqualTo(6);
        assertThat(job.counts().detail(AttendanceImportKind.SCORES_RECORDED)).isEqualTo(2);
        assertThat(attendanceRows()).isEqualTo(6);
        assertThat(attended(talentIds[0])).isEqualByComparingTo("5");
        assertThat(attended(talentIds[1])).isEqualByComparingTo("8");
        assertThat(jdbc.queryForObject("select score from enrollment where class_id = ? and talent_id = ?",
                BigDecimal.class, classId, talentIds[1])).isEqualByComparingTo("75.5");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_entry where entity_type = 'TrainingClass' and entity_id = ?
                  and detail_key = 'audit.training.attendanceImported' and actor = ?""", Long.class,
                String.valueOf(classId), manager.username())).isEqualTo(1);

        var row = http.get("/classes/" + classId + "/attendance-imports/" + job.id());
        assertThat(row.status()).isEqualTo(200);
        assertThat(row.body()).contains("job-" + job.id()).contains("记录考核成绩 2 人");
        assertThat(http.get(page).body()).contains("job-" + job.id(), "新增 6，更新 0，未变化 0，错误 0");
        assertThat(http.get("/classes/" + classId + "/attendance-imports/" + job.id() + "/errors").status())
                .isEqualTo(404);

        // the same file again changes nothing
        ImportJob again = run(xlsx, false);
        assertThat(again.counts().created()).isZero();
        assertThat(again.counts().updated()).isZero();
        assertThat(again.counts().unchanged()).isEqualTo(6);
    }

    @Test
    void theTemplateIsAnAuditedExportOfTheClassNamedFromTheBundles() throws Exception {
        Http http = new Http(port);
        http.login(manager.username(), TestAccounts.PASSWORD);
        String path = "/classes/" + classId + "/attendance-imports/template";
        String audited = """
                select count(*) from audit_entry where action = 'EXPORT' and entity_type = 'TrainingClass'
                  and entity_id = ? and detail_key = 'audit.detail.export' and actor = ?""";

        var response = http.get(path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Disposition")).isEqualTo(Attachment.contentDisposition(
                "考勤导入模板-商标实务班-" + LocalDate.now() + ".xlsx"));
        assertThat(jdbc.queryForObject(audited, Long.class, String.valueOf(classId), manager.username())).isOne();
        assertThat(jdbc.queryForObject("""
                select detail_args from audit_entry where action = 'EXPORT' and entity_type = 'TrainingClass'
                  and entity_id = ?""", String.class, String.valueOf(classId)))
                .as("the rows it lists, masked, and the class").contains("6", "XLSX", "audit.detail.export.masked",
                        "import.attendance.template.class", "商标实务班");

        byte[] template = http.download(path);
        assertThat(jdbc.queryForObject(audited, Long.class, String.valueOf(classId), manager.username()))
                .as("every download").isEqualTo(2);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("考勤", "填写说明");
            // by row number (from 1): the empty line between the notes and the sessions has no row
            Map<Integer, Row> notes = sheets.get(1).read().stream()
                    .collect(Collectors.toMap(Row::getRowNum, row -> row));
            assertThat(notes.get(1).getCellText(0)).startsWith("标有 * 的列必须填写");
            assertThat(notes.get(6).getCellText(3)).isEqualTo("学时");
            assertThat(notes.get(7).getCellText(0)).isEqualTo("1");
            assertThat(notes.get(7).getCellText(2)).isEqualTo("09:00");
            assertThat(notes.get(9).getCellText(3)).isEqualTo("3");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows).hasSize(1 + 2 * 3);
            assertThat(rows.get(1).getCellText(1)).as("names in full: the import checks them").isEqualTo(names[0]);
        }
        assertThat(http.get(path + "?lang=en").header("Content-Disposition")).isEqualTo(Attachment
                .contentDisposition("Attendance template - 商标实务班-" + LocalDate.now() + ".xlsx"));
    }

    @Test
    void aClassesImportsAreListedByTheClassInTheSubjectColumnsAndARegistryImportIsNot() throws Exception {
        byte[] xlsx = Spreadsheets.xlsx(List.of("Talent number", "Name", "Date", "Start time", "Present"),
                List.of(List.of(String.valueOf(talentIds[0]), names[0], day.toString(), "9:00", "yes")));
        ImportJob attendance = run(xlsx, true);
        // the registry's import of talents: a job of no record
        byte[] talentsFile = Spreadsheets.xlsx(List.of("身份证号码", "姓名", "人才类别", "行政区划代码"),
                List.of(List.of(TestIdentities.identity("330102", true), "卫宁", "专利代理师", "330100")));
        ImportJob registry = as(national, () -> {
            try {
                return spreadsheets.submit(talentImports, "人才.xlsx", talentsFile.length,
                        new ByteArrayInputStream(talentsFile), true, Locale.SIMPLIFIED_CHINESE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThat(as(manager, () -> imports.panel(classId)).orElseThrow().jobs()).extracting(ImportJob::id)
                .containsExactly(attendance.id());
        assertThat(as(manager, () -> imports.job(classId, attendance.id())).subject()).isEqualTo(classId);
        assertThat(jdbc.queryForList("""
                select id from import_job where subject_kind = 'TrainingClass' and subject_id = ? order by id""",
                Long.class, classId)).containsExactly(attendance.id());
        assertThat(jdbc.queryForMap("select subject_kind, subject_id, details::text details from import_job "
                + "where id = ?", attendance.id())).containsEntry("subject_kind", "TrainingClass")
                .containsEntry("subject_id", classId).extractingByKey("details").asString()
                .doesNotContain("@subject");
        assertThat(jdbc.queryForMap("select subject_kind, subject_id from import_job where id = ?", registry.id()))
                .containsEntry("subject_kind", null).containsEntry("subject_id", null);
        assertThat(registry.subject()).isNull();
        // the registry's job is not reached through the class, nor the class's through the registry
        assertThatThrownBy(() -> as(manager, () -> imports.job(classId, registry.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(as(national, () -> spreadsheets.recent(talentImports))).extracting(ImportJob::id)
                .contains(registry.id()).doesNotContain(attendance.id());
    }

    @Test
    void onlyAPlannedClassTakesAFileAndOnlyFromWhoeverRunsIt() {
        byte[] xlsx = Spreadsheets.xlsx(List.of("人才编号", "姓名", "课次", "是否出席"),
                List.of(List.of(String.valueOf(talentIds[0]), names[0], "1", "是")));
        assertThatThrownBy(() -> as(province, () -> {
            try {
                return imports.submit(classId, "a.xlsx", xlsx.length, new ByteArrayInputStream(xlsx), true,
                        Locale.ENGLISH);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).isInstanceOf(RecordNotFoundException.class);
        assertThat(as(province, () -> imports.panel(classId))).isEmpty();
        as(manager, () -> {
            planning.cancel(classId);
            return null;
        });
        assertThatThrownBy(() -> as(manager, () -> {
            try {
                return imports.submit(classId, "a.xlsx", xlsx.length, new ByteArrayInputStream(xlsx), true,
                        Locale.ENGLISH);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).isInstanceOf(BusinessRuleException.class).hasMessage("import.attendance.classNotPlanned");
        assertThat(as(manager, () -> imports.panel(classId))).isEmpty();

        Http http = new Http(port);
        http.login(manager.username(), TestAccounts.PASSWORD);
        var closed = http.get("/classes/" + classId + "/attendance-imports");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body()).contains("attendance-import-closed").doesNotContain("import-form");
        Http stranger = new Http(port);
        UserSummary other = accounts.active("att.other", Role.TRAINING_BASE_MANAGER, "330000");
        stranger.login(other.username(), TestAccounts.PASSWORD);
        assertThat(stranger.get("/classes/" + classId + "/attendance-imports").status()).isEqualTo(404);
        assertThat(stranger.get("/classes/" + classId + "/attendance-imports/template").status()).isEqualTo(404);
    }
}
