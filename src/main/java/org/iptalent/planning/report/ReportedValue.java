package org.iptalent.planning.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScoped;

/**
 * A value of a reported indicator for a region at a date, with its note and evidence, as a region submitted it. It
 * counts once the national office approves it; a rejected one stays, with the reason, as the record of what was sent.
 */
@Entity
@Table(name = "reported_value")
public class ReportedValue implements RegionScoped {

    public enum State { SUBMITTED, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private long indicatorId;
    private String regionCode;
    private LocalDate asOf;
    private BigDecimal value;
    private String note;
    private long evidenceId;
    @Enumerated(EnumType.STRING)
    private State state = State.SUBMITTED;
    private Long submittedBy;
    private Instant submittedAt;
    private Long decidedBy;
    private Instant decidedAt;
    private String decisionNote;

    protected ReportedValue() {
    }

    ReportedValue(long indicatorId, String regionCode, LocalDate asOf, BigDecimal value, String note, long evidenceId,
            long submittedBy, Instant submittedAt) {
        this.indicatorId = indicatorId;
        this.regionCode = regionCode;
        this.asOf = asOf;
        this.value = value;
        this.note = note;
        this.evidenceId = evidenceId;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    /** The national office's decision, once: a decided value is the record and is not decided again. */
    void decide(boolean approve, String note, long userId, Instant now) {
        if (state != State.SUBMITTED) {
            throw new BusinessRuleException(null, "planning.reported.alreadyDecided");
        }
        state = approve ? State.APPROVED : State.REJECTED;
        decisionNote = note;
        decidedBy = userId;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getIndicatorId() {
        return indicatorId;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }

    public long getEvidenceId() {
        return evidenceId;
    }

    public State getState() {
        return state;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
