package org.iptalent.training.offering;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionCode;
import org.iptalent.shared.RegionScope;
import org.iptalent.training.base.BaseAccess;
import org.iptalent.training.base.TrainingBase;
import org.iptalent.training.enrollment.Enrolling;
import org.iptalent.training.enrollment.Enrollments;
import org.iptalent.training.program.ProgramLevel;
import org.iptalent.training.program.TrainingPrograms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes as a base plans them: whoever may run a base's classes (its manager, an administrator whose region holds
 * it) creates, changes and cancels them and sets their schedule. The catalogue of classes is open to every
 * signed-in user; who may see whom on a roster is the enrollment's rule.
 */
@Service
public class ClassPlanning {

    public static final String ENTITY = "TrainingClass";

    private final TrainingClasses classes;
    private final TrainingPrograms programs;
    private final BaseAccess bases;
    private final AuditLog audit;
    private final Clock clock;

    private final Enrollments enrollments;
    private final ObjectProvider<Enrolling> enrolling;

    ClassPlanning(TrainingClasses classes, TrainingPrograms programs, BaseAccess bases, AuditLog audit, Clock clock,
            Enrollments enrollments,
            ObjectProvider<Enrolling> enrolling) {
        this.enrollments = enrollments;
        this.enrolling = enrolling;
        this.classes = classes;
        this.programs = programs;
        this.bases = bases;
        this.audit = audit;
        this.clock = clock;
    }

    /** Filters of the class catalogue; every one optional. */
    public record ClassFilter(Long baseId, Long programId, String region, TrainingClass.Status status,
            Boolean openForEnrollment, Integer year) {
    }

    @Transactional(readOnly = true)
    public Page<TrainingClass> find(ClassFilter filter, Pageable pageable) {
        CurrentUser.require();
        Specification<TrainingClass> spec = (root, query, cb) -> cb.conjunction();
        if (filter.baseId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("baseId"), filter.baseId()));
        }
        if (filter.programId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("level").get("program").get("id"), filter.programId()));
        }
        if (filter.region() != null && RegionCode.isWellFormed(filter.region().trim())) {
            spec = spec.and(RegionScope.of(filter.region().trim()).specification("regionCode"));
        }
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (Boolean.TRUE.equals(filter.openForEnrollment())) {
            LocalDate today = LocalDate.now(clock);
            spec = spec.and((root, query, cb) -> cb.and(cb.equal(root.get("status"), TrainingClass.Status.PLANNED),
                    cb.equal(root.get("filling"), Filling.ENROLLMENT),
                    cb.lessThanOrEqualTo(root.get("enrollmentOpens"), today),
                    cb.greaterThanOrEqualTo(root.get("enrollmentCloses"), today)));
        }
        if (filter.year() != null) {
            spec = spec.and((root, query, cb) -> cb.between(root.get("startsOn"), LocalDate.of(filter.year(), 1, 1),
                    LocalDate.of(filter.year(), 12, 31)));
        }
        Page<TrainingClass> page = classes.findAll(spec, pageable);
        page.getContent().forEach(ClassPlanning::loaded);
        return page;
    }

    /**
     * The class with what its pages show loaded (its level, program and sessions): pages render after the
     * transaction, with no session open to load them then.
     */
    private static TrainingClass loaded(TrainingClass trainingClass) {
        trainingClass.getLevel().getProgram().getTitle();
        if (trainingClass.getLevel().getPrerequisite() != null) {
            trainingClass.getLevel().getPrerequisite().getLevel();
        }
        trainingClass.getSessions();
        return trainingClass;
    }

    @Transactional(readOnly = true)
    public TrainingClass get(long id) {
        CurrentUser.require();
        return loaded(classes.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id)));
    }

    /** Whether the current user runs this class: manages its base, or administers the base's region. */
    @Transactional(readOnly = true)
    public boolean runs(TrainingClass trainingClass) {
        return bases.visible(trainingClass.getBaseId()).isPresent();
    }

    /** The class, if the current user runs it (else not found: a roster is not for everyone). */
    @Transactional(readOnly = true)
    public TrainingClass run(long id) {
        TrainingClass trainingClass = get(id);
        if (!runs(trainingClass)) {
            throw new RecordNotFoundException(ENTITY, id);
        }
        return trainingClass;
    }

    /**
     * The class, if the current user runs it, with its row locked for the transaction. The lock comes first: a
     * class read before it could be a version another transaction (closing the class) changed while this one waited,
     * and would fail as a concurrent edit (409) instead of saying what changed (the class is closed).
     */
    @Transactional
    public TrainingClass runLocked(long id) {
        CurrentUser.require();
        TrainingClass trainingClass = loaded(classes.lockById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY,
                id)));
        if (!runs(trainingClass)) {
            throw new RecordNotFoundException(ENTITY, id);
        }
        return trainingClass;
    }

    @Transactional
    public TrainingClass create(long levelId, long baseId, ClassPlan plan) {
        TrainingBase base = bases.manageable(baseId);
        ProgramLevel level = programs.findLevel(levelId)
                .orElseThrow(() -> new RecordNotFoundException("ProgramLevel", levelId));
        TrainingClass created = classes.save(new TrainingClass(level, base.getId(), base.getRegionCode(), plan));
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, created.getId()).region(created.getRegionCode())
                .message("audit.training.classCreated", created.getTitle(), base.getName()));
        return created;
    }

    @Transactional
    public TrainingClass update(long id, long expectedVersion, ClassPlan plan) {
        manage(id, expectedVersion);
        TrainingClass trainingClass = classes.lockById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        int before = trainingClass.getCapacity();
        long held = enrollments.placesTaken(id);
        if (plan.capacity() < held) {
            throw new InvalidInputException(List.of(new InvalidInputException
                    .Problem("capacity", "training.class.capacityBelowHeld", List.of(held))));
        }
        trainingClass.plan(plan);
        if (trainingClass.getCapacity() > before) {
            classes.flush();
            enrolling.getObject().capacityChanged(id); // the new places go to those who wait, in their order
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(trainingClass.getRegionCode())
                .message("audit.training.classChanged", trainingClass.getTitle()));
        return trainingClass;
    }

    @Transactional
    public ClassSession addSession(long id, LocalDateTime startsAt, LocalDateTime endsAt, BigDecimal hours,
            String topic, String teacher) {
        TrainingClass trainingClass = manage(id, null);
        ClassSession session = trainingClass.addSession(startsAt, endsAt, hours, topic, teacher);
        classes.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(trainingClass.getRegionCode())
                .message("audit.training.sessionAdded", trainingClass.getTitle(), topic,
                        startsAt.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        return session;
    }

    @Transactional
    public void removeSession(long id, long sessionId) {
        TrainingClass trainingClass = manage(id, null);
        // attendance recorded for a session is part of trainees' hours: such a session stays
        if (enrollments.attendanceRecordedAt(sessionId)) {
            throw new BusinessRuleException(null, "training.session.hasAttendance");
        }
        trainingClass.removeSession(sessionId);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(trainingClass.getRegionCode())
                .message("audit.training.sessionRemoved", trainingClass.getTitle(), String.valueOf(sessionId)));
    }

    @Transactional
    public void cancel(long id) {
        TrainingClass trainingClass = manage(id, null);
        trainingClass.cancel(clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(trainingClass.getRegionCode())
                .message("audit.training.classCancelled", trainingClass.getTitle()));
    }

    /** The class for a change by someone who runs it; a stale version is a conflict. */
    TrainingClass manage(long id, Long expectedVersion) {
        TrainingClass trainingClass = classes.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        bases.visible(trainingClass.getBaseId()).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        if (expectedVersion != null && trainingClass.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(TrainingClass.class, id);
        }
        return trainingClass;
    }
}
