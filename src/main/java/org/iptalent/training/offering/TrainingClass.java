package org.iptalent.training.offering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.training.program.ProgramLevel;

/**
 * A class: one offering of a program level at a base, with its dates, places, schedule and completion rule. A
 * class is planned, then closed (completion is decided for every trainee) or cancelled; both are final.
 */
@Entity
@Table(name = "training_class")
public class TrainingClass extends AbstractEntity {

    public enum Status {
        PLANNED, CLOSED, CANCELLED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "level_id")
    private ProgramLevel level;

    private long baseId;
    private String regionCode;
    private String title;
    @Enumerated(EnumType.STRING)
    private ClassMode mode;
    @Enumerated(EnumType.STRING)
    private Filling filling;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String place;
    private int capacity;
    private String teachers;
    private String audience;
    private LocalDate enrollmentOpens;
    private LocalDate enrollmentCloses;
    @jakarta.persistence.Column(name = "min_attendance_pct")
    private int minAttendancePercent;
    private BigDecimal passMark;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PLANNED;
    private Instant closedAt;

    @OneToMany(mappedBy = "trainingClass", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ClassSession> sessions = new ArrayList<>();

    protected TrainingClass() {
    }

    public TrainingClass(ProgramLevel level, long baseId, String regionCode, ClassPlan plan) {
        this.level = level;
        this.baseId = baseId;
        this.regionCode = regionCode;
        plan(plan);
    }

    /** Changes the plan; the capacity may not drop below the trainees already holding a place. */
    public void plan(ClassPlan plan) {
        requirePlanned();
        List<Problem> problems = new ArrayList<>();
        if (plan.title() == null || plan.title().isBlank()) {
            problems.add(new Problem("title", "field.required"));
        }
        if (plan.mode() == null) {
            problems.add(new Problem("mode", "field.required"));
        }
        if (plan.filling() == null) {
            problems.add(new Problem("filling", "field.required"));
        }
        if (plan.startsOn() == null || plan.endsOn() == null) {
            problems.add(new Problem("startsOn", "field.required"));
        } else if (plan.endsOn().isBefore(plan.startsOn())) {
            problems.add(new Problem("endsOn", "training.class.endsBeforeStart"));
        }
        if (plan.enrollmentOpens() == null || plan.enrollmentCloses() == null) {
            problems.add(new Problem("enrollmentOpens", "field.required"));
        } else if (plan.enrollmentCloses().isBefore(plan.enrollmentOpens())) {
            problems.add(new Problem("enrollmentCloses", "training.class.windowReversed"));
        } else if (plan.endsOn() != null && plan.enrollmentCloses().isAfter(plan.endsOn())) {
            problems.add(new Problem("enrollmentCloses", "training.class.windowAfterEnd"));
        }
        if (plan.capacity() < 1 || plan.capacity() > 100_000) {
            problems.add(new Problem("capacity", "training.class.capacityInvalid", List.of(1, 100_000)));
        }
        if (plan.mode() != ClassMode.ONLINE && (plan.place() == null || plan.place().isBlank())) {
            problems.add(new Problem("place", "training.class.placeRequired"));
        }
        if (plan.minAttendancePercent() < 0 || plan.minAttendancePercent() > 100) {
            problems.add(new Problem("minAttendancePercent", "training.class.percentInvalid"));
        }
        if (plan.passMark() != null && (plan.passMark().signum() < 0 || plan.passMark().compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(new Problem("passMark", "training.class.scoreInvalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.title = plan.title().trim();
        this.mode = plan.mode();
        this.filling = plan.filling();
        this.startsOn = plan.startsOn();
        this.endsOn = plan.endsOn();
        this.place = blankToNull(plan.place());
        this.capacity = plan.capacity();
        this.teachers = blankToNull(plan.teachers());
        this.audience = blankToNull(plan.audience());
        this.enrollmentOpens = plan.enrollmentOpens();
        this.enrollmentCloses = plan.enrollmentCloses();
        this.minAttendancePercent = plan.minAttendancePercent();
        this.passMark = plan.passMark();
    }

    public ClassSession addSession(LocalDateTime startsAt, LocalDateTime endsAt, BigDecimal hours, String topic,
            String teacher) {
        requirePlanned();
        List<Problem> problems = new ArrayList<>();
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            problems.add(new Problem("endsAt", "training.session.timesInvalid"));
        } else if (startsAt.toLocalDate().isBefore(startsOn) || endsAt.toLocalDate().isAfter(endsOn)) {
            problems.add(new Problem("startsAt", "training.session.outsideClass", List.of(startsOn, endsOn)));
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
            problems.add(new Problem("hours", "training.session.hoursInvalid"));
        }
        if (topic == null || topic.isBlank()) {
            problems.add(new Problem("topic", "field.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ClassSession session = new ClassSession(this, startsAt, endsAt, hours, topic, teacher);
        sessions.add(session);
        return session;
    }

    public void removeSession(long sessionId) {
        requirePlanned();
        sessions.removeIf(s -> s.getId() != null && s.getId() == sessionId);
    }

    /** Whether a talent may enrol themselves today. */
    public boolean enrollmentOpenOn(LocalDate day) {
        return status == Status.PLANNED && filling == Filling.ENROLLMENT && !day.isBefore(enrollmentOpens)
                && !day.isAfter(enrollmentCloses);
    }

    /** The hours a trainee must attend to complete: the share of the scheduled hours the rule asks for. */
    public BigDecimal requiredAttendanceHours() {
        return scheduledHours().multiply(BigDecimal.valueOf(minAttendancePercent))
                .divide(BigDecimal.valueOf(100), 1, java.math.RoundingMode.HALF_UP);
    }

    public BigDecimal scheduledHours() {
        return sessions.stream().map(ClassSession::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void close(Instant at) {
        requirePlanned();
        if (sessions.isEmpty()) {
            throw new BusinessRuleException("training.class.noSessions");
        }
        status = Status.CLOSED;
        closedAt = at;
    }

    public void cancel(Instant at) {
        requirePlanned();
        status = Status.CANCELLED;
        closedAt = at;
    }

    public void requirePlanned() {
        if (status != Status.PLANNED) {
            throw new BusinessRuleException("training.class.notPlanned");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public ProgramLevel getLevel() {
        return level;
    }

    public long getBaseId() {
        return baseId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getTitle() {
        return title;
    }

    public ClassMode getMode() {
        return mode;
    }

    public Filling getFilling() {
        return filling;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getPlace() {
        return place;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getTeachers() {
        return teachers;
    }

    public String getAudience() {
        return audience;
    }

    public LocalDate getEnrollmentOpens() {
        return enrollmentOpens;
    }

    public LocalDate getEnrollmentCloses() {
        return enrollmentCloses;
    }

    public int getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public BigDecimal getPassMark() {
        return passMark;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<ClassSession> getSessions() {
        return sessions.stream().sorted(Comparator.comparing(ClassSession::getStartsAt)).toList();
    }
}
