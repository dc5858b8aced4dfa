package org.iptalent.programme.round;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iptalent.shared.BusinessRuleException;

/**
 * A programme's selection round of one year: NOMINATING (provinces nominate until the deadline), REVIEWING (the
 * drawn reviewers score), IN_NOTICE (the proposed talents in a public notice), CONCLUDED (selected). It only moves
 * forward, one step at a time, and says why when it cannot.
 */
@Entity
@Table(name = "programme_round")
public class SelectionRound {

    public enum State {
        NOMINATING, REVIEWING, IN_NOTICE, CONCLUDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "programme_id")
    private long programmeId;
    private int year;
    private int places;
    @Column(name = "nomination_deadline")
    private LocalDate nominationDeadline;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "draw_id")
    private Long drawId;
    @Column(name = "notice_id")
    private Long noticeId;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "concluded_at")
    private Instant concludedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SelectionRound() {
    }

    SelectionRound(long programmeId, int year, int places, LocalDate nominationDeadline, long createdBy, Instant now) {
        this.programmeId = programmeId;
        this.year = year;
        this.places = places;
        this.nominationDeadline = nominationDeadline;
        this.state = State.NOMINATING;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Nominations are taken while the round nominates, up to its deadline (inclusive). */
    void requireNominating(LocalDate today) {
        require(State.NOMINATING);
        if (today.isAfter(nominationDeadline)) {
            throw new BusinessRuleException(null, "programme.round.deadlinePassed", nominationDeadline.toString());
        }
    }

    void startReview(long nominations, Instant now) {
        require(State.NOMINATING);
        if (nominations == 0) {
            throw new BusinessRuleException(null, "programme.round.noNominations");
        }
        state = State.REVIEWING;
        updatedAt = now;
    }

    void panelDrawn(long drawId, Instant now) {
        require(State.REVIEWING);
        if (this.drawId != null) {
            throw new BusinessRuleException(null, "programme.review.alreadyDrawn");
        }
        this.drawId = drawId;
        updatedAt = now;
    }

    /** Scores are given while the round is in review with its panel drawn. */
    void requireScoring() {
        require(State.REVIEWING);
        if (drawId == null) {
            throw new BusinessRuleException(null, "programme.review.noPanel");
        }
    }

    /** The review closes as the proposed talents go into the public notice. */
    void inNotice(int proposed, long noticeId, Instant now) {
        requireScoring();
        if (proposed < 1 || proposed > places) {
            throw new BusinessRuleException("count", "programme.notice.proposedCount", String.valueOf(places));
        }
        this.noticeId = noticeId;
        state = State.IN_NOTICE;
        updatedAt = now;
    }

    void conclude(boolean noticeClosed, Instant now) {
        require(State.IN_NOTICE);
        if (!noticeClosed) {
            throw new BusinessRuleException(null, "programme.round.noticeOpen");
        }
        state = State.CONCLUDED;
        concludedAt = now;
        updatedAt = now;
    }

    void require(State expected) {
        if (state != expected) {
            throw new BusinessRuleException(null, "programme.round.wrongState." + expected.name());
        }
    }

    /** Whether the reviewers' scores may be shown to others than the national administration. */
    public boolean reviewClosed() {
        return state == State.IN_NOTICE || state == State.CONCLUDED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public int getYear() {
        return year;
    }

    public int getPlaces() {
        return places;
    }

    public LocalDate getNominationDeadline() {
        return nominationDeadline;
    }

    public State getState() {
        return state;
    }

    public Long getDrawId() {
        return drawId;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public Instant getConcludedAt() {
        return concludedAt;
    }
}
