package org.iptalent.planning.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.iptalent.planning.plan.Indicator;

/**
 * One indicator as the dashboard and the API show it for one region, every number in the indicator's unit.
 *
 * @param value      the value now (or at the end of a closed plan's period); null without data
 * @param asOf       when that value was computed or reported
 * @param target     the region's own target (the plan's for the country)
 * @param sourceThere whether the indicator has a source: a reported one always, a computed one once its module is there
 * @param projection null when there is too little history, or the target year is over
 */
public record IndicatorReading(Indicator indicator, String regionCode, BigDecimal value, Instant asOf,
        BigDecimal target, BigDecimal progress, List<Projection.Point> history, Projection projection,
        IndicatorStatus status, boolean sourceThere) {
}
