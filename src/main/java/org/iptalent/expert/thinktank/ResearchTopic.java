package org.iptalent.expert.thinktank;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A think tank's research topic, proposed, then ongoing, then completed; led by one of its members. */
@Entity
@Table(name = "research_topic")
public class ResearchTopic extends AbstractEntity {

    public enum State {
        PROPOSED, ONGOING, COMPLETED;

        /** The state a topic may move to next, or null when it is completed. */
        public State next() {
            return this == COMPLETED ? null : values()[ordinal() + 1];
        }
    }

    @Column(name = "think_tank_id", nullable = false, updatable = false)
    private long thinkTankId;
    private String title;
    private String description;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "lead_member_id")
    private Long leadMemberId;

    protected ResearchTopic() {
    }

    ResearchTopic(long thinkTankId, String title, String description, LocalDate startsOn, LocalDate endsOn,
            Long leadMemberId) {
        this.thinkTankId = thinkTankId;
        this.title = title.strip();
        this.description = ThinkTankRules.blankToNull(description);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.leadMemberId = leadMemberId;
        this.state = State.PROPOSED;
    }

    /** Moves the topic on to {@code target}, which must be its next state: a topic never goes back. */
    void moveTo(State target) {
        if (target == null || target != state.next()) {
            throw new BusinessRuleException("state", "thinktank.topic.stateNotNext",
                    new DefaultMessageSourceResolvable("thinktank.topic.state." + state.name()));
        }
        this.state = target;
    }

    public long getThinkTankId() {
        return thinkTankId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public State getState() {
        return state;
    }

    public Long getLeadMemberId() {
        return leadMemberId;
    }
}
