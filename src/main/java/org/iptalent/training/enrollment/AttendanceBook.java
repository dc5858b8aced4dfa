package org.iptalent.training.enrollment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.ClassSession;
import org.iptalent.training.offering.TrainingClass;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance and assessment results of a class, recorded by whoever runs it while it is planned. A sheet of marks
 * is taken whole or not at all: a mark for someone who holds no place in the class refuses the sheet.
 */
@Service
public class AttendanceBook {

    private final ClassPlanning planning;
    private final Enrollments enrollments;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AttendanceBook(ClassPlanning planning, Enrollments enrollments, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.planning = planning;
        this.enrollments = enrollments;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The marks of a class: per trainee holding a place, per session, whether present (absent when unmarked). */
    /** Trainees per page of the sheet: a page's ticks and scores stay well within a form's parameter limit. */
    public static final int SHEET_PAGE = 50;

    /** One page of the sheet: its trainees, the class's sessions, and the hours each of them attended. */
    public record Sheet(Page<Enrollment> trainees, List<ClassSession> sessions, Map<Long, Map<Long, BigDecimal>> hours) {

        public boolean present(long enrollmentId, long sessionId) {
            return hours.getOrDefault(enrollmentId, Map.of()).containsKey(sessionId);
        }
    }

    /** A page of the sheet (from 0; beyond the last, the last), in the order trainees joined. */
    @Transactional(readOnly = true)
    public Sheet sheet(long classId, int page) {
        TrainingClass trainingClass = planning.run(classId);
        boolean closed = trainingClass.getStatus() == TrainingClass.Status.CLOSED;
        Page<Enrollment> trainees = PageRequests.withinResults(PageRequests.clamped(page, SHEET_PAGE,
                PageRequests.DATABASE_WINDOW, Sort.by("id")), request -> enrollments.sheetPage(classId, closed, request));
        return sheetOf(trainingClass, trainees);
    }

    /**
     * The rows of a page as it was shown, by enrollment: those still holding a place in the class. A page saved
     * after someone withdrew is not shifted onto trainees the user never saw.
     */
    @Transactional(readOnly = true)
    public Sheet rows(long classId, java.util.Collection<Long> enrollmentIds) {
        TrainingClass trainingClass = planning.run(classId);
        List<Enrollment> shown = enrollments.findAllById(Set.copyOf(enrollmentIds)).stream()
                .filter(e -> e.getClassId() == classId && e.getStatus() == Enrollment.Status.ENROLLED)
                .sorted(java.util.Comparator.comparing(Enrollment::getId)).toList();
        return sheetOf(trainingClass, new PageImpl<>(shown));
    }

    private Sheet sheetOf(TrainingClass trainingClass, Page<Enrollment> trainees) {
        Map<Long, Map<Long, BigDecimal>> hours = new HashMap<>();
        Long[] ids = trainees.stream().map(Enrollment::getId).toArray(Long[]::new);
        if (ids.length > 0) {
            jdbc.query(con -> {
                var ps = con.prepareStatement("""
                        select a.enrollment_id, a.session_id, a.hours from attendance a
                        where a.enrollment_id = any(?) and a.present
                        """);
                ps.setArray(1, con.createArrayOf("bigint", ids));
                return ps;
            }, rs -> {
                hours.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getBigDecimal(3));
            });
        }
        return new Sheet(trainees, trainingClass.getSessions(), hours);
    }

    /** Records a session's attendance; returns how many marks were recorded. */
    @Transactional
    public int record(long classId, long sessionId, List<AttendanceMark> marks) {
        TrainingClass trainingClass = locked(classId);
        ClassSession session = trainingClass.getSessions().stream().filter(s -> s.getId() == sessionId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("ClassSession", sessionId));
        Map<Long, Enrollment> placed = placed(classId, marks.stream().map(AttendanceMark::talentId).toList());
        List<Problem> problems = new ArrayList<>();
        Map<Long, BigDecimal> hours = new LinkedHashMap<>();
        for (AttendanceMark mark : marks) {
            Enrollment enrollment = placed.get(mark.talentId());
            if (enrollment == null) {
                problems.add(new Problem("talentId", "training.attendance.notEnrolled", List.of(String.valueOf(mark.talentId()))));
                continue;
            }
            BigDecimal attended = !mark.present() ? BigDecimal.ZERO
                    : mark.hours() == null ? session.getHours() : mark.hours();
            if (attended.signum() < 0 || attended.compareTo(session.getHours()) > 0) {
                problems.add(new Problem("hours", "training.attendance.hoursInvalid",
                        List.of(String.valueOf(mark.talentId()), session.getHours())));
                continue;
            }
            // a later mark of the same trainee replaces the earlier one
            hours.put(enrollment.getId(), mark.present() ? attended : null);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (hours.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Long recorder = CurrentUser.require().id();
        List<Object[]> rows = new ArrayList<>();
        hours.forEach((enrollmentId, h) -> rows.add(new Object[] {sessionId, enrollmentId, h != null,
                h == null ? BigDecimal.ZERO : h, now, recorder}));
        jdbc.batchUpdate("""
                insert into attendance (session_id, enrollment_id, present, hours, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (session_id, enrollment_id)
                do update set present = excluded.present, hours = excluded.hours, recorded_at = excluded.recorded_at,
                              recorded_by = excluded.recorded_by
                """, rows);
        Long[] ids = hours.keySet().toArray(Long[]::new);
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    update enrollment e set attended_hours = coalesce((select sum(a.hours) from attendance a
                        where a.enrollment_id = e.id and a.present), 0), version = version + 1, updated_at = ?
                    where e.id = any(?)
                    """);
            ps.setTimestamp(1, now);
            ps.setArray(2, con.createArrayOf("bigint", ids));
            return ps;
        });
        long present = hours.values().stream().filter(h -> h != null).count();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ClassPlanning.ENTITY, classId)
                .region(trainingClass.getRegionCode()).message("audit.training.attendance", trainingClass.getTitle(),
                        session.getTopic(), present, hours.size() - present));
        return hours.size();
    }

    /**
     * Records a whole sheet at once (the page's bulk entry): every session's marks and the scores, in one
     * transaction, so a refused mark leaves nothing of the sheet recorded.
     */
    @Transactional
    public void recordSheet(long classId, Map<Long, List<AttendanceMark>> marksBySession, Map<Long, BigDecimal> scores) {
        // scores first, written before the attendance's SQL bumps the trainees' versions under the loaded rows
        if (!scores.isEmpty()) {
            score(classId, scores);
            enrollments.flush();
        }
        marksBySession.forEach((sessionId, marks) -> record(classId, sessionId, marks));
    }

    /**
     * The class, if the current user runs it, with its row locked while marks are written: closing the class
     * (which locks it too) then waits, or the marks wait for it and are refused as the class is closed.
     */
    private TrainingClass locked(long classId) {
        TrainingClass trainingClass = planning.runLocked(classId);
        trainingClass.requirePlanned();
        return trainingClass;
    }

    /** Records assessment results (0 to 100; null clears one) of trainees holding a place. */
    @Transactional
    public void score(long classId, Map<Long, BigDecimal> scoresByTalent) {
        TrainingClass trainingClass = locked(classId);
        Map<Long, Enrollment> placed = placed(classId, scoresByTalent.keySet());
        List<Problem> problems = new ArrayList<>();
        scoresByTalent.forEach((talentId, score) -> {
            Enrollment enrollment = placed.get(talentId);
            if (enrollment == null) {
                problems.add(new Problem("talentId", "training.attendance.notEnrolled", List.of(String.valueOf(talentId))));
            } else {
                try {
                    enrollment.score(score);
                } catch (BusinessRuleException e) {
                    problems.add(new Problem("score", e.messageKey(), List.of(e.arguments())));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, ClassPlanning.ENTITY, classId)
                .region(trainingClass.getRegionCode())
                .message("audit.training.scores", trainingClass.getTitle(), scoresByTalent.size()));
    }

    /**
     * The places held by these talents, by talent: a page's marks look up their own trainees, a workbook of a
     * whole large class reads the class's places once (an IN list of that size would be a statement of its own).
     */
    private Map<Long, Enrollment> placed(long classId, java.util.Collection<Long> talentIds) {
        List<Enrollment> found = talentIds.size() <= 1_000
                ? (talentIds.isEmpty() ? List.of() : enrollments.placedAmong(classId, Set.copyOf(talentIds)))
                : enrollments.placed(classId);
        return found.stream().collect(Collectors.toMap(Enrollment::getTalentId, e -> e));
    }
}
