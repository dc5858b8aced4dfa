package org.iptalent.expert.committee;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;

/** An expert's seat on a committee for a term; leaving ends it but keeps it, for the committee's history. */
@Entity
@Table(name = "advisory_committee_member")
public class CommitteeMember extends AbstractEntity {

    public enum Role {
        CHAIR, VICE_CHAIR, MEMBER
    }

    public static final int REASON_LENGTH = 500;

    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;
    @Column(name = "expert_id", nullable = false, updatable = false)
    private long expertId;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "left_on")
    private LocalDate leftOn;
    @Column(name = "left_reason")
    private String leftReason;

    protected CommitteeMember() {
    }

    CommitteeMember(long committeeId, long expertId, Role role, LocalDate startsOn, LocalDate endsOn) {
        this.committeeId = committeeId;
        this.expertId = expertId;
        this.role = role;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** Leaves the committee on {@code day} (not before the seat began); the row stays as history. */
    void leave(LocalDate day, String reason) {
        if (leftOn != null) {
            throw new BusinessRuleException(null, "expert.committee.member.alreadyLeft");
        }
        this.leftOn = day.isBefore(startsOn) ? startsOn : day;
        this.leftReason = reason;
    }

    /** A member on {@code day}: in the term and not left. */
    boolean isCurrent(LocalDate day) {
        return leftOn == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public long getExpertId() {
        return expertId;
    }

    public Role getRole() {
        return role;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getLeftReason() {
        return leftReason;
    }
}
