package org.iptalent.training.base;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.iptalent.shared.BusinessRuleException;

/**
 * A named reviewer's score (0 to 100) and comment on one reviewed item of one base's assessment; pending until
 * given. A reviewer may change it until the assessment is decided.
 */
@Entity
@Table(name = "training_base_review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;
    private long itemId;
    private long reviewerId;
    private Integer score;
    private String comment;
    private Instant reviewedAt;
    @Version
    private long version;

    protected Review() {
    }

    Review(Assessment assessment, long itemId, long reviewerId) {
        this.assessment = assessment;
        this.itemId = itemId;
        this.reviewerId = reviewerId;
    }

    /** Gives (or changes) the score: refused outside 0–100 or once the assessment is decided. */
    void give(Integer score, String comment, Instant at) {
        assessment.requireOpen();
        if (score == null) {
            throw new BusinessRuleException("score", "field.required");
        }
        if (score < 0 || score > 100) {
            throw new BusinessRuleException("score", "trainingBase.review.score.range");
        }
        if (comment != null && comment.trim().length() > 1000) {
            throw new BusinessRuleException("comment", "field.tooLong", 1000);
        }
        this.score = score;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
        this.reviewedAt = at;
    }

    public boolean isPending() {
        return score == null;
    }

    public Long getId() {
        return id;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public long getItemId() {
        return itemId;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public Integer getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public long getVersion() {
        return version;
    }
}
