package org.iptalent.training.base;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One item's points (0 to 100) in a base's assessment: for a computed item also the measured value, for any item
 * {@code noData} when there was nothing to score (no value of the measure, no review given yet), which scores 0.
 */
@Embeddable
public class ItemScore {

    @Column(name = "measured")
    private BigDecimal measured;
    @Column(name = "score")
    private BigDecimal score;
    @Column(name = "no_data")
    private boolean noData;

    protected ItemScore() {
    }

    public ItemScore(BigDecimal measured, BigDecimal score, boolean noData) {
        this.measured = measured;
        this.score = score;
        this.noData = noData;
    }

    public BigDecimal getMeasured() {
        return measured;
    }

    public BigDecimal getScore() {
        return score;
    }

    public boolean isNoData() {
        return noData;
    }
}
