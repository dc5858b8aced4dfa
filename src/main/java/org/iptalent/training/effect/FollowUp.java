package org.iptalent.training.effect;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.training.survey.Aspect;
import org.iptalent.training.survey.CheckedAnswers;

/**
 * The follow-up about one completed trainee, which their supervisor answers some months after the class. The
 * trainee makes the supervisor a link: only the SHA-256 of its token is kept, a new link replaces the last, it
 * expires, and answering uses it up. Answered once, never again.
 */
@Entity
@Table(name = "training_follow_up")
public class FollowUp {

    public static final String ENTITY = "FollowUp";
    /** Links a trainee may make for one follow-up (a new one replaces the last). */
    public static final int MAX_LINKS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long surveyId;
    private long enrollmentId;
    private long talentId;
    private String tokenHash;
    private Instant tokenExpiresAt;
    private int linksMade;
    private Instant answeredAt;
    private String respondent;
    private BigDecimal behaviourScore;
    private BigDecimal resultsScore;
    @Version
    private long version;
    private Instant createdAt;

    protected FollowUp() {
    }

    /** Replaces the link with one whose token hashes to {@code hash}, valid until {@code expires}. */
    void link(String hash, Instant expires, Instant now) {
        if (answeredAt != null) {
            throw new ConflictException("followUp.answered");
        }
        if (!expires.isAfter(now)) {
            throw new BusinessRuleException("followUp.closed");
        }
        if (linksMade >= MAX_LINKS) {
            throw new BusinessRuleException("followUp.tooManyLinks", MAX_LINKS);
        }
        tokenHash = hash;
        tokenExpiresAt = expires;
        linksMade++;
    }

    /** Whether the link answers now: made, unused and not expired. */
    boolean linkValidAt(Instant now) {
        return answeredAt == null && tokenHash != null && tokenExpiresAt.isAfter(now);
    }

    /** Records the supervisor's answers and uses the link up. */
    void answer(CheckedAnswers answers, String respondent, Instant now) {
        if (!linkValidAt(now)) {
            throw new BusinessRuleException("followUp.linkInvalid");
        }
        this.answeredAt = now;
        this.respondent = respondent;
        this.behaviourScore = answers.aspectScores().get(Aspect.BEHAVIOUR);
        this.resultsScore = answers.aspectScores().get(Aspect.RESULTS);
        this.tokenHash = null;
        this.tokenExpiresAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public long getEnrollmentId() {
        return enrollmentId;
    }

    public long getTalentId() {
        return talentId;
    }

    public Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }

    public int getLinksMade() {
        return linksMade;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public String getRespondent() {
        return respondent;
    }

    public BigDecimal getBehaviourScore() {
        return behaviourScore;
    }

    public BigDecimal getResultsScore() {
        return resultsScore;
    }

    public long getVersion() {
        return version;
    }
}
