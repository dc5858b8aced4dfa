package org.iptalent.training.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.training.base.TrainingBase;
import org.iptalent.training.base.TrainingBases;
import org.iptalent.training.enrollment.ClassFill;
import org.iptalent.training.enrollment.Enrollment;
import org.iptalent.training.enrollment.Enrollments;
import org.iptalent.training.enrollment.Rosters;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.ClassPlanning.ClassFilter;
import org.iptalent.training.offering.ClassSession;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.program.ProgramCatalogue;
import org.iptalent.training.program.ProgramLevel;
import org.iptalent.training.program.TrainingProgram;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's records, mapped inside the services' read transactions: a class's level and program, and a program's
 * levels, load lazily, and no session outlives a transaction ({@code spring.jpa.open-in-view=false}). Who may read
 * what is the services' rule.
 */
@Service
class TrainingReads {

    private final ProgramCatalogue programs;
    private final ClassPlanning planning;
    private final Rosters rosters;
    private final Enrollments enrollments;
    private final TrainingBases bases;
    private final Clock clock;

    TrainingReads(ProgramCatalogue programs, ClassPlanning planning, Rosters rosters, Enrollments enrollments,
            TrainingBases bases, Clock clock) {
        this.programs = programs;
        this.planning = planning;
        this.rosters = rosters;
        this.enrollments = enrollments;
        this.bases = bases;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ProgramRow> programs(String team, String q, Pageable pageable) {
        return programs.find(team, q, pageable).map(p -> new ProgramRow(p.getId(), p.getTitle(), p.getTeam(),
                p.getCategory(), p.getOwnerRegion(), p.getLevels().size()));
    }

    @Transactional(readOnly = true)
    public ProgramView program(long id) {
        TrainingProgram program = programs.get(id);
        return new ProgramView(program.getId(), program.getTitle(), program.getTeam(), program.getCategory(),
                program.getDescription(), program.getOwnerRegion(), program.getLevels().stream()
                        .map(l -> new ProgramView.LevelView(l.getId(), l.getLevel(), l.getOutcomes(),
                                l.getRequiredHours(), l.getPrerequisite() == null ? null
                                        : l.getPrerequisite().getLevel()))
                        .toList());
    }

    @Transactional(readOnly = true)
    public Page<ClassRow> classes(ClassFilter filter, Pageable pageable) {
        Page<TrainingClass> page = planning.find(filter, pageable);
        Map<Long, String> names = baseNames(page.getContent());
        LocalDate today = LocalDate.now(clock);
        return page.map(c -> {
            ProgramLevel level = c.getLevel();
            return new ClassRow(c.getId(), c.getTitle(), level.getProgram().getId(), level.getProgram().getTitle(),
                    level.getLevel(), c.getBaseId(), names.get(c.getBaseId()), c.getRegionCode(), c.getMode(),
                    c.getFilling(), c.getStartsOn(), c.getEndsOn(), c.getPlace(), c.getCapacity(),
                    c.getEnrollmentOpens(), c.getEnrollmentCloses(), c.getStatus(), c.enrollmentOpenOn(today));
        });
    }

    @Transactional(readOnly = true)
    public ClassView trainingClass(long id) {
        TrainingClass c = planning.get(id);
        ClassFill fill = enrollments.fill(id);
        ProgramLevel level = c.getLevel();
        // numbered as the attendance import numbers them: by start, then as created
        List<ClassSession> sessions = c.getSessions().stream().sorted(java.util.Comparator
                .comparing(ClassSession::getStartsAt).thenComparing(ClassSession::getId)).toList();
        List<ClassView.SessionView> schedule = new java.util.ArrayList<>(sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            ClassSession s = sessions.get(i);
            schedule.add(new ClassView.SessionView(s.getId(), i + 1, s.getStartsAt(), s.getEndsAt(), s.getHours(),
                    s.getTopic(), s.getTeacher()));
        }
        return new ClassView(c.getId(), c.getTitle(), level.getProgram().getId(), level.getProgram().getTitle(),
                level.getLevel(), level.getId(), c.getBaseId(), baseNames(List.of(c)).get(c.getBaseId()),
                c.getRegionCode(), c.getMode(), c.getFilling(), c.getStartsOn(), c.getEndsOn(), c.getPlace(),
                c.getCapacity(), c.getTeachers(), c.getAudience(), c.getEnrollmentOpens(), c.getEnrollmentCloses(),
                c.getStatus(), c.enrollmentOpenOn(LocalDate.now(clock)), fill.placesTaken(),
                fill.waiting(), c.getMinAttendancePercent(), c.requiredAttendanceHours(), c.getPassMark(),
                c.scheduledHours(), schedule);
    }

    /** The roster as the reader may see it: whoever runs the class all of it, an administrator their region's. */
    @Transactional(readOnly = true)
    public Page<RosterRow> roster(long classId, Enrollment.Status status, Pageable pageable) {
        return rosters.of(classId, status, pageable).lines().map(line -> {
            Enrollment e = line.enrollment();
            var card = line.talent();
            return new RosterRow(e.getId(), e.getTalentId(), card == null ? null : card.name(), e.getRegionCode(),
                    card == null ? null : card.employerName(), card == null ? null : card.mobileMasked(),
                    e.getStatus(), e.getSource(), e.getQueuedAt(), line.waitingPosition(), e.getAttendedHours(),
                    e.getScore(), e.getCreditedHours(), e.getCompletedOn());
        });
    }

    /**
     * Refuses (400) a session that is not the class's, once the reader is known to run the class (else 404, as
     * recording would answer).
     */
    @Transactional(readOnly = true)
    public void requireSession(long classId, long sessionId) {
        TrainingClass c = planning.run(classId);
        if (c.getSessions().stream().noneMatch(s -> s.getId() == sessionId)) {
            throw new InvalidInputException(List.of(new Problem("sessionId", "training.api.attendance.noSuchSession",
                    List.<Object>of(String.valueOf(sessionId)))));
        }
    }

    private Map<Long, String> baseNames(List<TrainingClass> classes) {
        Map<Long, String> names = new HashMap<>();
        for (TrainingBase base : bases.findAllById(classes.stream().map(TrainingClass::getBaseId).distinct().toList())) {
            names.put(base.getId(), base.getName());
        }
        return names;
    }
}
