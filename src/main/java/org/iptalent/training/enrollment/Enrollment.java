package org.iptalent.training.enrollment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;

/**
 * A talent's place in a class, from the waiting list to completion. A trainee holds a place (enrolled) or waits for
 * one; when the class closes, the completion rule decides completed or not completed, and a completed trainee is
 * credited the hours attended.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment extends AbstractEntity {

    public enum Status {
        ENROLLED, WAITLISTED, WITHDRAWN, COMPLETED, NOT_COMPLETED;

        /** Holding a place or waiting for one. */
        public boolean isActive() {
            return this == ENROLLED || this == WAITLISTED;
        }
    }

    public enum Source {
        SELF, ASSIGNED, COHORT, ROTATION, NOMINATION
    }

    private long classId;
    private long talentId;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private Source source;
    private String regionCode;
    private Instant queuedAt;
    private BigDecimal score;
    private BigDecimal attendedHours = BigDecimal.ZERO;
    private BigDecimal creditedHours;
    private LocalDate completedOn;

    protected Enrollment() {
    }

    public Enrollment(long classId, long talentId, String regionCode, Source source, boolean place, Instant at) {
        this.classId = classId;
        this.talentId = talentId;
        this.regionCode = regionCode;
        this.source = source;
        this.status = place ? Status.ENROLLED : Status.WAITLISTED;
        this.queuedAt = at;
    }

    /** A withdrawn trainee who enrols again joins at the end of the queue. */
    public void rejoin(Source source, boolean place, Instant at) {
        if (status != Status.WITHDRAWN) {
            throw new org.iptalent.shared.ConflictException("training.enrollment.duplicate");
        }
        this.source = source;
        this.status = place ? Status.ENROLLED : Status.WAITLISTED;
        this.queuedAt = at;
    }

    public void withdraw() {
        if (!status.isActive()) {
            throw new BusinessRuleException("training.enrollment.notActive");
        }
        status = Status.WITHDRAWN;
    }

    /** The first on the waiting list takes a place that freed. */
    public void promote() {
        if (status != Status.WAITLISTED) {
            throw new BusinessRuleException("training.enrollment.notWaiting");
        }
        status = Status.ENROLLED;
    }

    public void score(BigDecimal score) {
        if (status != Status.ENROLLED) {
            throw new BusinessRuleException("training.enrollment.notEnrolled");
        }
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new BusinessRuleException("score", "training.class.scoreInvalid");
        }
        this.score = score;
    }

    void attended(BigDecimal hours) {
        this.attendedHours = hours;
    }

    /**
     * Decides completion when the class closes: the hours attended reach what the rule asks, and the trainee
     * passed the assessment when the class has one. A completed trainee is credited the hours attended.
     */
    public boolean complete(BigDecimal requiredHours, BigDecimal passMark, LocalDate on) {
        if (status != Status.ENROLLED) {
            throw new BusinessRuleException("training.enrollment.notEnrolled");
        }
        boolean passed = passMark == null || (score != null && score.compareTo(passMark) >= 0);
        if (attendedHours.compareTo(requiredHours) >= 0 && passed) {
            status = Status.COMPLETED;
            creditedHours = attendedHours;
            completedOn = on;
            return true;
        }
        status = Status.NOT_COMPLETED;
        return false;
    }

    public long getClassId() {
        return classId;
    }

    public long getTalentId() {
        return talentId;
    }

    public Status getStatus() {
        return status;
    }

    public Source getSource() {
        return source;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getAttendedHours() {
        return attendedHours;
    }

    public BigDecimal getCreditedHours() {
        return creditedHours;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
