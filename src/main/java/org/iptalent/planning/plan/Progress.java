package org.iptalent.planning.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.iptalent.planning.plan.Indicator.Direction;

/** Progress towards a target and whether a value meets it, the same for a plan's target and a region's. */
public final class Progress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Progress() {
    }

    public static BigDecimal percent(Direction direction, BigDecimal value, BigDecimal target) {
        if (value == null || target == null) {
            return null;
        }
        if (target.signum() == 0) {
            return value.signum() == 0 || direction == Direction.AT_LEAST ? HUNDRED : BigDecimal.ZERO;
        }
        return switch (direction) {
            case AT_LEAST -> value.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
            case AT_MOST -> value.signum() == 0 ? HUNDRED
                    : target.multiply(HUNDRED).divide(value, 1, RoundingMode.HALF_UP);
            case ABOUT -> {
                BigDecimal off = value.subtract(target).abs().multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
                yield HUNDRED.subtract(off).max(BigDecimal.ZERO);
            }
        };
    }

    public static boolean met(Direction direction, BigDecimal value, BigDecimal target) {
        if (value == null || target == null) {
            return false;
        }
        return switch (direction) {
            case AT_LEAST -> value.compareTo(target) >= 0;
            case AT_MOST -> value.compareTo(target) <= 0;
            case ABOUT -> value.subtract(target).abs()
                    .compareTo(target.abs().multiply(Indicator.ABOUT_TOLERANCE)) <= 0;
        };
    }
}
