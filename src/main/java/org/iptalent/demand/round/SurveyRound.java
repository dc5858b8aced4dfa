package org.iptalent.demand.round;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;

/** A year's demand survey of the country (region 000000) or of one province: open, then closed for good. */
@Entity
@Table(name = "demand_round")
public class SurveyRound extends AbstractEntity {

    public static final String NATIONAL = "000000";

    public enum State {
        OPEN, CLOSED
    }

    private String regionCode;
    private int year;
    @Enumerated(EnumType.STRING)
    private State state;
    private Long openedBy;
    private Instant closedAt;

    protected SurveyRound() {
    }

    SurveyRound(String regionCode, int year, long openedBy) {
        this.regionCode = regionCode;
        this.year = year;
        this.state = State.OPEN;
        this.openedBy = openedBy;
    }

    void close() {
        if (state != State.OPEN) {
            throw new BusinessRuleException("demand.round.closed");
        }
        state = State.CLOSED;
        closedAt = Instant.now();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public boolean isNational() {
        return NATIONAL.equals(regionCode);
    }

    public int getYear() {
        return year;
    }

    public State getState() {
        return state;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
