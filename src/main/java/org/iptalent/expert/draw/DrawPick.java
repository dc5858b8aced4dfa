package org.iptalent.expert.draw;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.iptalent.shared.BusinessRuleException;

/**
 * An expert a draw picked: selected, or a reserve in its place in line. A selected expert confirms or declines; a
 * decline calls the requirement's next reserve, which becomes selected in its place. Nobody sets a pick by hand.
 */
@Entity
@Table(name = "expert_draw_pick")
public class DrawPick {

    public enum State {
        SELECTED, RESERVE, CONFIRMED, DECLINED
    }

    public static final int NOTE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "draw_id")
    private long drawId;
    @Column(name = "expert_id")
    private long expertId;
    private int requirement;
    private int position;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "replaces_id")
    private Long replacesId;
    @Column(name = "answer_note")
    private String answerNote;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "drawn_at")
    private Instant drawnAt;

    protected DrawPick() {
    }

    DrawPick(long drawId, long expertId, int requirement, int position, boolean reserve, Instant drawnAt) {
        this.drawId = drawId;
        this.expertId = expertId;
        this.requirement = requirement;
        this.position = position;
        this.state = reserve ? State.RESERVE : State.SELECTED;
        this.drawnAt = drawnAt;
    }

    void confirm(Instant at) {
        requireSelected();
        this.state = State.CONFIRMED;
        this.answeredAt = at;
    }

    void decline(String note, Instant at) {
        requireSelected();
        this.state = State.DECLINED;
        this.answerNote = note;
        this.answeredAt = at;
    }

    /** A reserve called in place of a declined pick; it counts as drawn from now. */
    void callFor(DrawPick declined, Instant at) {
        if (state != State.RESERVE) {
            throw new IllegalStateException("only a reserve is called");
        }
        this.state = State.SELECTED;
        this.replacesId = declined.id;
        this.drawnAt = at;
    }

    private void requireSelected() {
        if (state != State.SELECTED) {
            throw new BusinessRuleException(null, "expert.draw.alreadyAnswered");
        }
    }

    public Long getId() {
        return id;
    }

    public long getDrawId() {
        return drawId;
    }

    public long getExpertId() {
        return expertId;
    }

    public int getRequirement() {
        return requirement;
    }

    public int getPosition() {
        return position;
    }

    public State getState() {
        return state;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public String getAnswerNote() {
        return answerNote;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
