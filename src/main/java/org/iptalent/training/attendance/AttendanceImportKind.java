package org.iptalent.training.attendance;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.spreadsheet.ImportContext;
import org.iptalent.spreadsheet.ImportCounts;
import org.iptalent.spreadsheet.ImportJob;
import org.iptalent.spreadsheet.ImportKind;
import org.iptalent.spreadsheet.ImportRun;
import org.iptalent.spreadsheet.SheetColumns;
import org.iptalent.spreadsheet.SheetRow;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.TrainingClasses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A class's attendance sheet as a spreadsheet import: one row per trainee and session (present or not, the hours
 * when not the whole session) and, on any of a trainee's rows, their assessment result. Each row is checked
 * against the class's roster and schedule (a talent without a place, a name that is not the roster's, a session
 * the class does not have, a row given twice). A file is recorded whole or not at all: the pipeline commits the
 * rows that pass, so when any row is refused this kind undoes what its batches wrote before the commit, and the job
 * ends with every good row withheld and the refused ones in its error report.
 */
@Component
public class AttendanceImportKind implements ImportKind<AttendanceImportKind.Batch> {

    private static final Logger log = LoggerFactory.getLogger(AttendanceImportKind.class);

    public static final String NAME = "AttendanceImport";
    /** Results recorded or changed, a count of the job's own ({@code import.detail.scoresRecorded}). */
    public static final String SCORES_RECORDED = "scoresRecorded";
    /** Good rows not recorded because others were refused ({@code import.detail.attendanceWithheld}). */
    public static final String WITHHELD = "attendanceWithheld";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SheetColumns columns;
    private final CellValues cells;
    private final TalentRegistry registry;
    private final TrainingClasses classes;
    private final AuditLog audit;

    AttendanceImportKind(MessageSource messages, TalentRegistry registry, TrainingClasses classes, AuditLog audit) {
        this.columns = AttendanceColumns.of(messages);
        this.cells = new CellValues(messages);
        this.registry = registry;
        this.classes = classes;
        this.audit = audit;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** A job belongs to its class. */
    @Override
    public String subjectKind() {
        return ClassPlanning.ENTITY;
    }

    @Override
    public SheetColumns columns() {
        return columns;
    }

    /** One row that passed: a mark, and the result it gives (null when its cell was blank). */
    record Mark(long enrollmentId, long sessionId, boolean present, BigDecimal hours, BigDecimal score) {
    }

    /** A checked batch: the marks of its good rows. */
    record Batch(List<Mark> marks) {
    }

    @Override
    public ImportRun<Batch> start(ImportContext context) {
        if (context.subject() == null) {
            throw new IllegalStateException("an attendance import belongs to a class");
        }
        return new Run(context, ClassSheet.forImport(context.transaction(), context.subject(), registry));
    }

    /**
     * Once committed, the class's history says what the import recorded and who uploaded it. The import stands
     * whatever happens here.
     */
    @Override
    public void committed(ImportJob job, boolean resumed) {
        ImportCounts counts = job.counts();
        int recorded = counts.created() + counts.updated() + counts.detail(SCORES_RECORDED);
        if (recorded == 0 || job.subject() == null) {
            return;
        }
        try {
            classes.findById(job.subject()).ifPresent(trainingClass -> audit.record(AuditEvent.of(AuditAction.UPDATE,
                    ClassPlanning.ENTITY, trainingClass.getId()).region(trainingClass.getRegionCode())
                    .actor(job.uploadedBy()).message("audit.training.attendanceImported", trainingClass.getTitle(),
                            job.fileName(), counts.created(), counts.updated(), counts.detail(SCORES_RECORDED))));
        } catch (RuntimeException e) {
            log.error("Attendance import {}: recorded, but its entry in the class's history failed", job.id(), e);
        }
    }

    /** A trainee's session: the key of a row, which a file gives once. */
    private record Cell(long enrollmentId, long sessionId) {
    }

    /** One import of a class's attendance. */
    private final class Run implements ImportRun<Batch> {
        private final ImportContext context;
        private final ClassSheet sheet;
        /** Everything merged is undone back to here when a row was refused. */
        private final Savepoint start;
        private final Timestamp now;
        private final Map<Cell, Integer> seen = new HashMap<>();
        /** Each trainee's result as the file gives it, with the line that gave it first. */
        private final Map<Long, BigDecimal> scores = new HashMap<>();
        private final Map<Long, Integer> scoreLines = new HashMap<>();
        private final Set<Long> touched = new HashSet<>();
        private volatile boolean refused;
        private int good;
        private int created;
        private int updated;
        private int scoresRecorded;
        private boolean withheld;

        Run(ImportContext context, ClassSheet sheet) {
            this.context = context;
            this.sheet = sheet;
            this.now = context.transaction().queryForObject("select now()", Timestamp.class);
            try {
                this.start = context.connection().setSavepoint();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Batch check(List<SheetRow> rows, boolean spareCores) {
            List<Mark> marks = new ArrayList<>(rows.size());
            for (SheetRow row : rows) {
                Mark mark = check(row);
                if (row.refused()) {
                    refused = true;
                } else {
                    good++;
                    marks.add(mark);
                }
            }
            return new Batch(marks);
        }

        /** The row's mark; its problems, if any, are on the row. */
        private Mark check(SheetRow row) {
            List<Problem> problems = new ArrayList<>();
            ClassSheet.Trainee trainee = trainee(row, problems);
            ClassSheet.Session session = session(row, problems);
            Boolean present = null;
            String presence = row.value("present");
            if (presence == null) {
                problems.add(new Problem("present", "field.required"));
            } else {
                present = cells.presence(presence).orElse(null);
                if (present == null) {
                    problems.add(new Problem("present", "import.attendance.presentInvalid", args(presence)));
                }
            }
            BigDecimal hours = hours(row, session, present, problems);
            BigDecimal score = score(row, trainee, problems);
            if (trainee != null && session != null) {
                Integer first = seen.putIfAbsent(new Cell(trainee.enrollmentId(), session.id()), row.line());
                if (first != null) {
                    problems.add(new Problem("sessionNo", "import.attendance.duplicate", args(String.valueOf(first))));
                }
            }
            row.refuse(problems);
            if (!problems.isEmpty()) {
                return null;
            }
            return new Mark(trainee.enrollmentId(), session.id(), present, present ? hours : BigDecimal.ZERO, score);
        }

        private ClassSheet.Trainee trainee(SheetRow row, List<Problem> problems) {
            String id = row.value("talentId");
            String name = row.value("name");
            if (name == null) {
                problems.add(new Problem("name", "field.required"));
            }
            if (id == null) {
                problems.add(new Problem("talentId", "field.required"));
                return null;
            }
            Optional<Long> talentId = CellValues.whole(id);
            if (talentId.isEmpty()) {
                problems.add(new Problem("talentId", "import.attendance.talentIdInvalid", args(id)));
                return null;
            }
            ClassSheet.Trainee trainee = sheet.trainees.get(talentId.get());
            if (trainee == null) {
                problems.add(new Problem("talentId", "import.attendance.notEnrolled", args(id)));
                return null;
            }
            if (name != null && !sameName(name, trainee.name())) {
                problems.add(new Problem("name", "import.attendance.nameMismatch", args(id)));
            }
            return trainee;
        }

        private ClassSheet.Session session(SheetRow row, List<Problem> problems) {
            String number = row.value("sessionNo");
            String date = row.value("sessionDate");
            String time = row.value("startTime");
            ClassSheet.Session byNumber = null;
            if (number != null) {
                Optional<Long> n = CellValues.whole(number);
                if (n.isEmpty() || n.get() < 1 || n.get() > sheet.sessions.size()) {
                    problems.add(new Problem("sessionNo", "import.attendance.sessionNoUnknown",
                            args(number, String.valueOf(sheet.sessions.size()))));
                    return null;
                }
                byNumber = sheet.sessions.get(n.get().intValue() - 1);
            }
            if (date == null) {
                if (byNumber == null) {
                    problems.add(new Problem(time == null ? "sessionNo" : "sessionDate",
                            "import.attendance.sessionRequired"));
                }
                return byNumber;
            }
            Optional<LocalDate> day = CellValues.date(date);
            if (day.isEmpty()) {
                problems.add(new Problem("sessionDate", "import.attendance.dateInvalid", args(date)));
                return null;
            }
            List<ClassSheet.Session> candidates;
            if (time != null) {
                Optional<LocalTime> at = CellValues.time(time);
                if (at.isEmpty()) {
                    problems.add(new Problem("startTime", "import.attendance.timeInvalid", args(time)));
                    return null;
                }
                candidates = sheet.at(day.get(), at.get());
                if (candidates.isEmpty()) {
                    problems.add(new Problem("startTime", "import.attendance.noSessionAt",
                            args(day.get().toString(), at.get().toString())));
                    return null;
                }
            } else {
                candidates = sheet.on(day.get());
                if (candidates.isEmpty()) {
                    problems.add(new Problem("sessionDate", "import.attendance.noSessionOn",
                            args(day.get().toString())));
                    return null;
                }
                if (candidates.size() > 1 && byNumber == null) {
                    problems.add(new Problem("startTime", "import.attendance.sessionAmbiguous",
                            args(day.get().toString(), String.valueOf(candidates.size()))));
                    return null;
                }
            }
            if (byNumber != null) {
                if (!candidates.contains(byNumber)) {
                    problems.add(new Problem("sessionNo", "import.attendance.sessionMismatch",
                            args(number, day.get().toString())));
                    return null;
                }
                return byNumber;
            }
            return candidates.get(0);
        }

        private BigDecimal hours(SheetRow row, ClassSheet.Session session, Boolean present, List<Problem> problems) {
            String value = row.value("hours");
            if (value == null) {
                return session == null ? null : session.hours();
            }
            Optional<BigDecimal> hours = CellValues.decimal(value);
            if (Boolean.FALSE.equals(present)) {
                if (hours.isEmpty() || hours.get().signum() != 0) {
                    problems.add(new Problem("hours", "import.attendance.hoursWhenAbsent", args(value)));
                }
                return BigDecimal.ZERO;
            }
            if (session == null) {
                return null;
            }
            if (hours.isEmpty() || hours.get().signum() < 0 || hours.get().compareTo(session.hours()) > 0
                    || hours.get().stripTrailingZeros().scale() > 1) {
                problems.add(new Problem("hours", "import.attendance.hoursInvalid", args(value, session.hours())));
                return null;
            }
            return hours.get();
        }

        private BigDecimal score(SheetRow row, ClassSheet.Trainee trainee, List<Problem> problems) {
            String value = row.value("score");
            if (value == null) {
                return null;
            }
            Optional<BigDecimal> score = CellValues.decimal(value);
            if (score.isEmpty() || score.get().signum() < 0 || score.get().compareTo(HUNDRED) > 0
                    || score.get().stripTrailingZeros().scale() > 1) {
                problems.add(new Problem("score", "import.attendance.scoreInvalid", args(value)));
                return null;
            }
            if (trainee != null) {
                BigDecimal first = scores.putIfAbsent(trainee.enrollmentId(), score.get());
                if (first == null) {
                    scoreLines.put(trainee.enrollmentId(), row.line());
                } else if (first.compareTo(score.get()) != 0) {
                    problems.add(new Problem("score", "import.attendance.scoreConflict",
                            args(value, String.valueOf(scoreLines.get(trainee.enrollmentId())))));
                }
            }
            return score.get();
        }

        /**
         * Writes the batch's marks and results in the import's transaction; once a row has been refused nothing
         * more is written, as what was is undone before the commit.
         */
        @Override
        public void merge(Batch batch) {
            if (refused || batch.marks().isEmpty()) {
                return;
            }
            List<Mark> marks = batch.marks();
            for (Mark mark : marks) {
                touched.add(mark.enrollmentId());
            }
            for (boolean inserted : context.transaction().query(con -> {
                var ps = con.prepareStatement("""
                        insert into attendance (session_id, enrollment_id, present, hours, recorded_at, recorded_by)
                        select m.session_id, m.enrollment_id, m.present, m.hours, ?, ?
                        from unnest(?::bigint[], ?::bigint[], ?::boolean[], ?::numeric[])
                             as m(session_id, enrollment_id, present, hours)
                        on conflict (session_id, enrollment_id) do update
                          set present = excluded.present, hours = excluded.hours, recorded_at = excluded.recorded_at,
                              recorded_by = excluded.recorded_by
                          where ? and (attendance.present, attendance.hours)
                                is distinct from (excluded.present, excluded.hours)
                        returning xmax = 0
                        """);
                ps.setTimestamp(1, now);
                ps.setLong(2, context.uploaderId());
                ps.setArray(3, array(con, "bigint", marks.stream().map(Mark::sessionId).toArray()));
                ps.setArray(4, array(con, "bigint", marks.stream().map(Mark::enrollmentId).toArray()));
                ps.setArray(5, array(con, "boolean", marks.stream().map(Mark::present).toArray()));
                ps.setArray(6, array(con, "numeric", marks.stream().map(Mark::hours).toArray()));
                ps.setBoolean(7, context.updateExisting());
                return ps;
            }, (rs, n) -> rs.getBoolean(1))) {
                if (inserted) {
                    created++;
                } else {
                    updated++;
                }
            }
            Map<Long, BigDecimal> results = new HashMap<>();
            for (Mark mark : marks) {
                if (mark.score() != null) {
                    results.put(mark.enrollmentId(), mark.score());
                }
            }
            if (!results.isEmpty()) {
                List<Long> ids = new ArrayList<>(results.keySet());
                scoresRecorded += context.transaction().update(con -> {
                    var ps = con.prepareStatement("""
                            update enrollment e set score = s.score, version = e.version + 1, updated_at = ?
                            from unnest(?::bigint[], ?::numeric[]) as s(id, score)
                            where e.id = s.id and e.score is distinct from s.score and (? or e.score is null)
                            """);
                    ps.setTimestamp(1, now);
                    ps.setArray(2, array(con, "bigint", ids.toArray()));
                    ps.setArray(3, array(con, "numeric", ids.stream().map(results::get).toArray()));
                    ps.setBoolean(4, context.updateExisting());
                    return ps;
                });
            }
        }

        private static Array array(java.sql.Connection con, String type, Object[] values) throws SQLException {
            return con.createArrayOf(type, values);
        }

        /**
         * Every row passed: the trainees' hours attended are recomputed from all their sessions. A row was refused:
         * everything the batches wrote is undone, and the good rows are counted as withheld.
         */
        @Override
        public void beforeCommit() {
            if (refused) {
                try {
                    context.connection().rollback(start);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                withheld = true;
                return;
            }
            if (touched.isEmpty()) {
                return;
            }
            context.transaction().update(con -> {
                var ps = con.prepareStatement("""
                        update enrollment e set attended_hours = h.hours, version = e.version + 1, updated_at = ?
                        from (select e2.id, coalesce(sum(a.hours) filter (where a.present), 0) as hours
                              from enrollment e2 left join attendance a on a.enrollment_id = e2.id
                              where e2.id = any(?) group by e2.id) h
                        where e.id = h.id and e.attended_hours is distinct from h.hours
                        """);
                ps.setTimestamp(1, now);
                ps.setArray(2, con.createArrayOf("bigint", touched.toArray()));
                return ps;
            });
        }

        @Override
        public ImportCounts counts() {
            if (withheld) {
                return new ImportCounts(0, 0, 0, Map.of(WITHHELD, good));
            }
            return new ImportCounts(created, updated, good - created - updated,
                    Map.of(SCORES_RECORDED, scoresRecorded));
        }
    }

    private static List<Object> args(Object... values) {
        return List.of(values);
    }

    /** The roster's name and the file's, alike but for spaces and letter case. */
    static boolean sameName(String file, String roster) {
        return roster != null && normalise(file).equalsIgnoreCase(normalise(roster));
    }

    private static String normalise(String name) {
        return name.replaceAll("[\\s\\u3000\\u00A0]+", "");
    }
}
