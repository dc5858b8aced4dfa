package org.iptalent.training.nomination;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.AbstractEntity;

/**
 * A province's nomination of one of its talents to a nominated class. The province may withdraw it until the
 * national office decides; the national office selects or declines it (saying why), and a selected nomination is
 * enrolled. Every step keeps who took it and when.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends AbstractEntity {

    public enum Status {
        NOMINATED, WITHDRAWN, SELECTED, DECLINED, ENROLLED;

        /** The nominations that take a place of the province's quota: withdrawn and declined ones free theirs. */
        public static final Set<Status> HOLDING_QUOTA = EnumSet.of(NOMINATED, SELECTED, ENROLLED);
    }

    static final int MAX_REASON = 500;

    private long classId;
    private long talentId;
    private String provinceCode;
    private String regionCode;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String reason;
    private String decisionReason;
    private Long nominatedBy;
    private Instant nominatedAt;
    private Long decidedBy;
    private Instant decidedAt;
    private Long enrollmentId;

    protected Nomination() {
    }

    public Nomination(long classId, long talentId, String provinceCode, String regionCode, String reason, Long by,
            Instant at) {
        this.classId = classId;
        this.talentId = talentId;
        this.provinceCode = provinceCode;
        this.regionCode = regionCode;
        nominate(reason, by, at);
    }

    /** A withdrawn nomination made again: the same row, nominated anew. */
    public void renominate(String reason, Long by, Instant at) {
        if (status != Status.WITHDRAWN) {
            throw new ConflictException("nomination.duplicate");
        }
        decisionReason = null;
        decidedBy = null;
        decidedAt = null;
        nominate(reason, by, at);
    }

    private void nominate(String reason, Long by, Instant at) {
        this.reason = requireReason("reason", reason);
        this.status = Status.NOMINATED;
        this.nominatedBy = by;
        this.nominatedAt = at;
    }

    public void withdraw() {
        if (status != Status.NOMINATED) {
            throw new BusinessRuleException("nomination.decidedAlready");
        }
        status = Status.WITHDRAWN;
    }

    public void select(Long by, Instant at) {
        requireUndecided();
        status = Status.SELECTED;
        decidedBy = by;
        decidedAt = at;
    }

    public void decline(String why, Long by, Instant at) {
        requireUndecided();
        decisionReason = requireReason("decisionReason", why);
        status = Status.DECLINED;
        decidedBy = by;
        decidedAt = at;
    }

    /** A selected nomination took its place in the class (or on its waiting list). */
    public void enrolled(long enrollment) {
        if (status != Status.SELECTED) {
            throw new BusinessRuleException("nomination.notSelected");
        }
        status = Status.ENROLLED;
        enrollmentId = enrollment;
    }

    private void requireUndecided() {
        if (status != Status.NOMINATED) {
            throw new BusinessRuleException("nomination.decidedAlready");
        }
    }

    private static String requireReason(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(field, "nomination.reasonRequired");
        }
        if (value.trim().length() > MAX_REASON) {
            throw new BusinessRuleException(field, "nomination.reasonTooLong", MAX_REASON);
        }
        return value.trim();
    }

    public long getClassId() {
        return classId;
    }

    public long getTalentId() {
        return talentId;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Status getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Long getNominatedBy() {
        return nominatedBy;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getEnrollmentId() {
        return enrollmentId;
    }
}
