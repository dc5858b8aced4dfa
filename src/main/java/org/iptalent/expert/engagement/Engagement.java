package org.iptalent.expert.engagement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScoped;

/**
 * An expert's work on a matter (from a draw the expert confirmed), and once it is over its evaluation: quality,
 * timeliness and conduct, 1 to 5 each, with the outcome. Evaluated once; the averages show on the profile.
 */
@Entity
@Table(name = "expert_engagement")
public class Engagement implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "expert_id")
    private long expertId;
    @Column(name = "draw_id")
    private Long drawId;
    private String matter;
    /** The engaging administration's region: who evaluates. */
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private String outcome;
    private Short quality;
    private Short timeliness;
    private Short conduct;
    @Column(name = "evaluation_note")
    private String evaluationNote;
    @Column(name = "evaluated_at")
    private Instant evaluatedAt;
    @Column(name = "evaluated_by")
    private Long evaluatedBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Engagement() {
    }

    public Engagement(long expertId, Long drawId, String matter, String regionCode, LocalDate startsOn,
            Instant createdAt) {
        this.expertId = expertId;
        this.drawId = drawId;
        this.matter = matter;
        this.regionCode = regionCode;
        this.startsOn = startsOn;
        this.createdAt = createdAt;
    }

    void evaluate(Evaluation evaluation, long by, Instant at) {
        if (evaluatedAt != null) {
            throw new BusinessRuleException(null, "expert.engagement.alreadyEvaluated");
        }
        if (evaluation.endsOn().isBefore(startsOn)) {
            throw new BusinessRuleException("endsOn", "expert.engagement.endsBeforeStart", startsOn.toString());
        }
        this.endsOn = evaluation.endsOn();
        this.outcome = evaluation.outcome();
        this.quality = evaluation.quality().shortValue();
        this.timeliness = evaluation.timeliness().shortValue();
        this.conduct = evaluation.conduct().shortValue();
        this.evaluationNote = evaluation.note();
        this.evaluatedAt = at;
        this.evaluatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getExpertId() {
        return expertId;
    }

    public Long getDrawId() {
        return drawId;
    }

    public String getMatter() {
        return matter;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public Short getQuality() {
        return quality;
    }

    public Short getTimeliness() {
        return timeliness;
    }

    public Short getConduct() {
        return conduct;
    }

    public String getEvaluationNote() {
        return evaluationNote;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }
}
