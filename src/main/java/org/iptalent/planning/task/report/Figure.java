package org.iptalent.planning.task.report;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** A figure of a report: a value of one of the plan's indicators, with what the region says of it. */
@Embeddable
public class Figure {

    private long indicatorId;
    private BigDecimal value;
    private String comment;

    protected Figure() {
    }

    Figure(long indicatorId, BigDecimal value, String comment) {
        this.indicatorId = indicatorId;
        this.value = value;
        this.comment = comment;
    }

    public long getIndicatorId() {
        return indicatorId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getComment() {
        return comment;
    }
}
