package org.iptalent.training.base;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One step of a base's status history: its designation ({@code from} empty), a change, or an assessment's
 * decision that confirmed the status it had ({@code from} equals {@code to}). Written only by {@link TrainingBase},
 * never changed afterwards.
 */
@Entity
@Table(name = "training_base_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_base_id")
    private TrainingBase base;
    @Enumerated(EnumType.STRING)
    private BaseStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private BaseStatus toStatus;
    private LocalDate changedOn;
    private String reason;
    private Long decidedBy;
    private String decidedByName;
    private Long assessmentId;
    private Instant recordedAt;

    protected StatusChange() {
    }

    StatusChange(TrainingBase base, BaseStatus from, BaseStatus to, LocalDate on, String reason, Decider by,
            Long assessmentId) {
        this.base = base;
        this.fromStatus = from;
        this.toStatus = to;
        this.changedOn = on;
        this.reason = reason;
        this.decidedBy = by == null ? null : by.userId();
        this.decidedByName = by == null ? null : by.name();
        this.assessmentId = assessmentId;
        this.recordedAt = Instant.now();
    }

    /** Only the designation step, when the base's designation date is corrected before anything else happened. */
    void correctDate(LocalDate on) {
        if (!isDesignation()) {
            throw new IllegalStateException("only a designation is re-dated");
        }
        this.changedOn = on;
    }

    public Long getId() {
        return id;
    }

    public BaseStatus getFromStatus() {
        return fromStatus;
    }

    public BaseStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getReason() {
        return reason;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** Whether this step is the base's designation. */
    public boolean isDesignation() {
        return fromStatus == null;
    }

    /** Whether an assessment's decision kept the status the base had. */
    public boolean isConfirmation() {
        return fromStatus != null && fromStatus == toStatus;
    }
}
