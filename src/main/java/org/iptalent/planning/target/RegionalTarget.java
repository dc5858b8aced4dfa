package org.iptalent.planning.target;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iptalent.planning.plan.Indicator.Direction;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;

/**
 * A region's own target for an indicator, in the indicator's unit: the one the level above assigned it and the one
 * the region refined for itself. Progress is measured against the refined one, else the assigned one. A refinement
 * is never less ambitious than the assignment: one that would be, after a new assignment, is dropped.
 */
@Entity
@Table(name = "regional_target")
class RegionalTarget extends AbstractEntity {

    private long indicatorId;
    private String regionCode;
    private BigDecimal assigned;
    private BigDecimal refined;
    private Long assignedBy;
    private Long refinedBy;

    protected RegionalTarget() {
    }

    RegionalTarget(long indicatorId, String regionCode) {
        this.indicatorId = indicatorId;
        this.regionCode = regionCode;
    }

    /** Assigns the target; answers whether a refinement less ambitious than the new assignment was dropped. */
    boolean assign(BigDecimal value, Direction direction, long userId) {
        assigned = value;
        assignedBy = userId;
        if (refined != null && lessAmbitious(direction, refined, value)) {
            refined = null;
            refinedBy = null;
            return true;
        }
        return false;
    }

    void refine(BigDecimal value, Direction direction, long userId) {
        if (assigned != null && lessAmbitious(direction, value, assigned)) {
            throw new BusinessRuleException("value", direction == Direction.AT_MOST
                    ? "planning.target.aboveAssigned" : "planning.target.belowAssigned", assigned.toPlainString());
        }
        refined = value;
        refinedBy = userId;
    }

    /** Whether {@code value} asks less than {@code than}: lower for "at least", higher for "at most"; "about" is two-sided. */
    static boolean lessAmbitious(Direction direction, BigDecimal value, BigDecimal than) {
        return switch (direction) {
            case AT_LEAST -> value.compareTo(than) < 0;
            case AT_MOST -> value.compareTo(than) > 0;
            case ABOUT -> false;
        };
    }

    BigDecimal effective() {
        return refined != null ? refined : assigned;
    }

    /** The version a client sends back: 0 stands for "no target yet", so a row's is one more than its own. */
    long revision() {
        return getVersion() + 1;
    }

    long getIndicatorId() {
        return indicatorId;
    }

    String getRegionCode() {
        return regionCode;
    }

    BigDecimal getAssigned() {
        return assigned;
    }

    BigDecimal getRefined() {
        return refined;
    }
}
