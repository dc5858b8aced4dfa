package org.iptalent.training.base;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;

/**
 * One base's assessment in one year: each item's points, the total, the scorecard's recommendation, and the
 * national administrator's decision with its reason. Scored again at every run and every review until decided;
 * a decision is final.
 */
@Entity
@Table(name = "training_base_assessment")
public class Assessment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_id")
    private Scorecard scorecard;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_base_id")
    private TrainingBase base;
    private BigDecimal total;
    @Enumerated(EnumType.STRING)
    private Adjustment recommendation;
    private Instant computedAt;
    @Enumerated(EnumType.STRING)
    private Adjustment decision;
    private String decisionReason;
    private LocalDate decidedOn;
    private Long decidedBy;
    private String decidedByName;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_base_item_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "item_id")
    private Map<Long, ItemScore> scores = new HashMap<>();

    protected Assessment() {
    }

    Assessment(Scorecard scorecard, TrainingBase base) {
        this.scorecard = scorecard;
        this.base = base;
    }

    /** Scores the assessment anew: every item's points, the weighted total and what the scorecard makes of it. */
    void score(Map<Long, ItemScore> itemScores, Instant at) {
        requireOpen();
        scores.keySet().retainAll(itemScores.keySet());
        scores.putAll(itemScores);
        total = Scoring.total(scorecard.getItems(), scores);
        recommendation = scorecard.recommend(total);
        computedAt = at;
    }

    /** Records the national administrator's decision; the base's status follows it in the same transaction. */
    void decide(Adjustment adjustment, String reason, Decider by, LocalDate on) {
        requireOpen();
        if (adjustment == null) {
            throw new BusinessRuleException("decision", "field.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "field.required");
        }
        this.decision = adjustment;
        this.decisionReason = reason.trim();
        this.decidedOn = on;
        this.decidedBy = by.userId();
        this.decidedByName = by.name();
    }

    void requireOpen() {
        if (decision != null) {
            throw new BusinessRuleException("decision", "trainingBase.assessment.decided");
        }
    }

    public boolean isDecided() {
        return decision != null;
    }

    AssessmentSummary summary() {
        return new AssessmentSummary(getId(), scorecard.getYear(), total, recommendation, decision, decisionReason,
                decidedOn, decidedByName);
    }

    public Scorecard getScorecard() {
        return scorecard;
    }

    public TrainingBase getBase() {
        return base;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Adjustment getRecommendation() {
        return recommendation;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public Adjustment getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Map<Long, ItemScore> getScores() {
        return Collections.unmodifiableMap(scores);
    }
}
