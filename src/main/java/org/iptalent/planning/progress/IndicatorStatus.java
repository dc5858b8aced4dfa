package org.iptalent.planning.progress;

import java.math.BigDecimal;
import java.util.Optional;

import org.iptalent.planning.plan.Indicator.Direction;
import org.iptalent.planning.plan.Progress;

/**
 * Where an indicator stands, in the order of concern the dashboard lists them: for a period still running, whether
 * the projection meets the target (on track), only the favourable end of its interval does (at risk) or not even
 * that (off track); once the target year is over, whether the target was met.
 */
public enum IndicatorStatus {
    OFF_TRACK, MISSED, AT_RISK, NO_TARGET, NO_DATA, NO_SOURCE, ON_TRACK, ACHIEVED;

    /** The status of a running indicator from its value and projection (empty: too little history to project). */
    static IndicatorStatus of(Direction direction, BigDecimal target, BigDecimal value, Optional<Projection> projection,
            boolean targetYearOver) {
        if (target == null) {
            return NO_TARGET;
        }
        if (value == null) {
            return NO_DATA;
        }
        if (targetYearOver) {
            return Progress.met(direction, value, target) ? ACHIEVED : MISSED;
        }
        if (projection.isEmpty()) {
            // nothing to project yet: a target met already is on track, one not met yet is a risk until a trend shows
            return Progress.met(direction, value, target) ? ON_TRACK : AT_RISK;
        }
        Projection p = projection.get();
        if (Progress.met(direction, p.value(), target)) {
            return ON_TRACK;
        }
        boolean reachable = switch (direction) {
            case AT_LEAST -> Progress.met(direction, p.high(), target);
            case AT_MOST -> Progress.met(direction, p.low(), target);
            case ABOUT -> p.low().compareTo(target) <= 0 && p.high().compareTo(target) >= 0
                    || Progress.met(direction, p.low(), target) || Progress.met(direction, p.high(), target);
        };
        return reachable ? AT_RISK : OFF_TRACK;
    }
}
