package org.iptalent.training.enrollment;

import java.sql.Array;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.offering.TrainingClasses;
import org.iptalent.training.program.ProgramLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets a place in a class. Every path locks the class's row first, so that places are counted and given one
 * enrollment at a time: a full class puts newcomers on its waiting list, and a place that frees goes to the first
 * who waits. A talent enrols themselves within the class's window and with its level's prerequisite; an
 * administrator assigns talents of their region (one, or a cohort from a registry search), and may do so outside
 * the window and without the prerequisite, since assigning is their decision.
 */
@Service
public class Enrolling {

    public static final String ENTITY = "Enrollment";
    /** The largest cohort one request enrols. */
    public static final int MAX_COHORT = 100_000;

    private final TrainingClasses classes;
    private final Enrollments enrollments;
    private final TalentRegistry registry;
    private final TalentAccounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Enrolling(TrainingClasses classes, Enrollments enrollments, TalentRegistry registry, TalentAccounts accounts,
            Notifications notifications, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.classes = classes;
        this.enrollments = enrollments;
        this.registry = registry;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A signed-in talent enrols in an open class. */
    @Transactional
    public Placement enrolSelf(long classId) {
        CurrentUser user = CurrentUser.require();
        long talentId = accounts.talentOf(user.id())
                .orElseThrow(() -> new AccessDeniedException("training.enrollment.noTalentRecord"));
        TrainingClass trainingClass = lock(classId);
        if (trainingClass.getFilling() != Filling.ENROLLMENT) {
            throw new BusinessRuleException("training.enrollment.notSelfService");
        }
        if (!trainingClass.enrollmentOpenOn(LocalDate.now(clock))) {
            throw new BusinessRuleException("training.enrollment.windowClosed", trainingClass.getEnrollmentOpens(),
                    trainingClass.getEnrollmentCloses());
        }
        ProgramLevel prerequisite = trainingClass.getLevel().getPrerequisite();
        if (prerequisite != null && !enrollments.completedLevel(talentId, prerequisite.getId())) {
            throw new BusinessRuleException(null, "training.enrollment.prerequisiteMissing",
                    prerequisite.getProgram().getTitle(), prerequisite.getLevel().name());
        }
        TalentCard talent = registry.cards(List.of(talentId)).get(talentId);
        if (talent == null) {
            throw new AccessDeniedException("training.enrollment.noTalentRecord");
        }
        return place(trainingClass, talentId, talent.regionCode(), Enrollment.Source.SELF);
    }

    /** An administrator enrols one talent of their region. */
    @Transactional
    public Placement assign(long classId, long talentId) {
        return assign(classId, talentId, Enrollment.Source.ASSIGNED);
    }

    /**
     * An administrator enrols one talent of their region, saying how the place was decided (a nomination the
     * national office selected): a full class puts the talent on its waiting list, and the talent is told which.
     */
    @Transactional
    public Placement assign(long classId, long talentId, Enrollment.Source source) {
        requireAdministrator();
        TrainingClass trainingClass = lock(classId);
        trainingClass.requirePlanned();
        requireFilledBy(trainingClass, source);
        TalentView talent = registry.find(talentId).orElseThrow(() -> new RecordNotFoundException("Talent", talentId));
        return place(trainingClass, talentId, talent.regionCode(), source);
    }

    /**
     * An administrator enrols everyone a registry search matches in their region: places in the order the
     * registry gives, the rest on the waiting list, those enrolled already left as they are. One statement.
     */
    @Transactional
    public CohortEnrollment enrolCohort(long classId, TalentCriteria criteria, Enrollment.Source source) {
        requireAdministrator();
        TrainingClass trainingClass = lock(classId);
        trainingClass.requirePlanned();
        requireFilledBy(trainingClass, source);
        List<TalentCard> cohort = registry.cohort(criteria, MAX_COHORT);
        // a cohort may fill the free places and a waiting list as long as the class: more is a filter too broad,
        // never a queue of thousands told to wait for a class they will not get into
        ClassFill fill = enrollments.fill(classId);
        long free = Math.max(0, trainingClass.getCapacity() - fill.placesTaken());
        if (cohort.size() > free + Math.max(0, trainingClass.getCapacity() - fill.waiting())) {
            throw new BusinessRuleException(null, "training.enrollment.cohortTooLarge", cohort.size(), free,
                    trainingClass.getCapacity());
        }
        CohortEnrollment result = insertCohort(trainingClass, cohort, source);
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, classId).region(trainingClass.getRegionCode())
                .message("audit.training.cohortEnrolled", trainingClass.getTitle(), result.enrolled(),
                        result.waitlisted(), result.alreadyEnrolled()));
        return result;
    }

    /**
     * Inserts a cohort's enrollments with one statement; for rotation campaigns too. The caller has locked the
     * class's row and checked the user's rights; the class must be filled the way the source says. Every write of a
     * class's enrollments holds that lock, so looking for an existing one first is race-free.
     */
    public CohortEnrollment insertCohort(TrainingClass trainingClass, List<TalentCard> cohort, Enrollment.Source source) {
        requireFilledBy(trainingClass, source);
        long free = Math.max(0, trainingClass.getCapacity() - enrollments.placesTaken(trainingClass.getId()));
        Long[] ids = cohort.stream().map(TalentCard::id).toArray(Long[]::new);
        String[] regions = cohort.stream().map(TalentCard::regionCode).toArray(String[]::new);
        Instant now = clock.instant();
        List<String> inserted = jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    insert into enrollment (class_id, talent_id, status, source, region_code, queued_at,
                                            attended_hours, version, created_at, updated_at)
                    select ?, c.talent_id,
                           case when row_number() over (order by c.ord) <= ? then 'ENROLLED' else 'WAITLISTED' end,
                           ?, c.region_code, ?::timestamptz + c.ord * interval '1 microsecond', 0, 0, ?, ?
                    from unnest(?::bigint[], ?::varchar[]) with ordinality as c(talent_id, region_code, ord)
                    where not exists (select 1 from enrollment e where e.class_id = ? and e.talent_id = c.talent_id)
                    returning status
                    """);
            java.sql.Timestamp at = java.sql.Timestamp.from(now);
            Array idArray = con.createArrayOf("bigint", ids);
            Array regionArray = con.createArrayOf("varchar", regions);
            ps.setLong(1, trainingClass.getId());
            ps.setLong(2, free);
            ps.setString(3, source.name());
            ps.setTimestamp(4, at);
            ps.setTimestamp(5, at);
            ps.setTimestamp(6, at);
            ps.setArray(7, idArray);
            ps.setArray(8, regionArray);
            ps.setLong(9, trainingClass.getId());
            return ps;
        }, (rs, n) -> rs.getString(1));
        int enrolled = (int) inserted.stream().filter("ENROLLED"::equals).count();
        int waitlisted = inserted.size() - enrolled;
        notifyCohort(trainingClass, cohort);
        return new CohortEnrollment(cohort.size(), enrolled, waitlisted, cohort.size() - inserted.size());
    }

    /** A trainee (or whoever runs the class) withdraws; a freed place goes to the first who waits. */
    @Transactional
    public void withdraw(long enrollmentId) {
        CurrentUser user = CurrentUser.require();
        Enrollment enrollment = enrollments.findById(enrollmentId)
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, enrollmentId));
        TrainingClass trainingClass = lock(enrollment.getClassId());
        boolean own = accounts.talentOf(user.id()).filter(id -> id == enrollment.getTalentId()).isPresent();
        if (!own && !user.scope().includes(enrollment.getRegionCode())) {
            throw new RecordNotFoundException(ENTITY, enrollmentId);
        }
        trainingClass.requirePlanned();
        boolean heldPlace = enrollment.getStatus() == Enrollment.Status.ENROLLED;
        enrollment.withdraw();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, enrollmentId).region(enrollment.getRegionCode())
                .message("audit.training.withdrawn", trainingClass.getTitle(), String.valueOf(enrollment.getTalentId())));
        if (heldPlace) {
            enrollments.flush();
            moveUp(trainingClass);
        }
    }

    /** Gives free places to those who wait, first come first served, and tells them. */
    void moveUp(TrainingClass trainingClass) {
        long free = trainingClass.getCapacity() - enrollments.placesTaken(trainingClass.getId());
        for (; free > 0; free--) {
            var next = enrollments.findFirstByClassIdAndStatusOrderByQueuedAtAscIdAsc(trainingClass.getId(),
                    Enrollment.Status.WAITLISTED);
            if (next.isEmpty()) {
                return;
            }
            next.get().promote();
            enrollments.flush();
            audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, next.get().getId())
                    .region(next.get().getRegionCode())
                    .message("audit.training.promoted", trainingClass.getTitle(), String.valueOf(next.get().getTalentId())));
            accounts.accountOf(next.get().getTalentId()).ifPresent(account -> notifications.send(
                    Notice.of(account, "enrollment", "notice.training.promoted", trainingClass.getTitle())
                            .linkedTo("/classes/" + trainingClass.getId()).byEmail()));
        }
    }

    @Transactional(readOnly = true)
    public long waitingPosition(Enrollment enrollment) {
        return enrollment.getStatus() == Enrollment.Status.WAITLISTED
                ? enrollments.positionOf(enrollment.getClassId(), enrollment) : 0;
    }

    private Placement place(TrainingClass trainingClass, long talentId, String regionCode, Enrollment.Source source) {
        boolean free = enrollments.placesTaken(trainingClass.getId()) < trainingClass.getCapacity();
        Instant now = clock.instant();
        Enrollment enrollment = enrollments.findByClassIdAndTalentId(trainingClass.getId(), talentId).orElse(null);
        if (enrollment == null) {
            enrollment = enrollments.save(new Enrollment(trainingClass.getId(), talentId, regionCode, source, free, now));
        } else if (enrollment.getStatus() == Enrollment.Status.WITHDRAWN) {
            enrollment.rejoin(source, free, now);
        } else {
            throw new ConflictException("training.enrollment.duplicate");
        }
        enrollments.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, enrollment.getId()).region(regionCode)
                .message(free ? "audit.training.enrolled" : "audit.training.waitlisted", trainingClass.getTitle(),
                        String.valueOf(talentId)));
        long position = waitingPosition(enrollment);
        accounts.accountOf(talentId).ifPresent(account -> notifications.send(Notice.of(account, "enrollment",
                free ? "notice.training.enrolled" : "notice.training.waitlisted", trainingClass.getTitle(), position)
                .linkedTo("/classes/" + trainingClass.getId())));
        return new Placement(enrollment.getId(), trainingClass.getId(), talentId, enrollment.getStatus(), position);
    }

    private void notifyCohort(TrainingClass trainingClass, List<TalentCard> cohort) {
        Map<Long, Long> reachable = accounts.accountsOf(cohort.stream().map(TalentCard::id).toList());
        List<Notice> notices = new ArrayList<>(reachable.size());
        reachable.forEach((talent, account) -> notices.add(Notice.of(account, "enrollment",
                "notice.training.assigned", trainingClass.getTitle()).linkedTo("/classes/" + trainingClass.getId())
                .once("assigned:" + trainingClass.getId())));
        notifications.sendAll(notices);
    }

    /**
     * A class is filled one way: an enrollment class takes talents who enrol or whom an administrator assigns, a
     * nominated class only the nominees the national office selected, a rotation class only its campaign's members.
     */
    static void requireFilledBy(TrainingClass trainingClass, Enrollment.Source source) {
        Filling needed = switch (source) {
            case SELF, ASSIGNED, COHORT -> Filling.ENROLLMENT;
            case NOMINATION -> Filling.NOMINATION;
            case ROTATION -> Filling.ROTATION;
        };
        if (trainingClass.getFilling() != needed) {
            throw new BusinessRuleException(null, "training.enrollment.filledOtherwise",
                    trainingClass.getTitle());
        }
    }

    /** Gives free places to those who wait, after the class's capacity grew. */
    public void capacityChanged(long classId) {
        moveUp(lock(classId));
    }

    private TrainingClass lock(long classId) {
        return classes.lockById(classId).orElseThrow(() -> new RecordNotFoundException(ClassPlanning.ENTITY, classId));
    }

    private static void requireAdministrator() {
        CurrentUser user = CurrentUser.require();
        if (!(user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN))
                || user.scope().isNothing()) {
            throw new AccessDeniedException("training.enrollment.administratorsOnly");
        }
    }
}
