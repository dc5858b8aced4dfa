package org.iptalent.planning.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.iptalent.planning.progress.IndicatorReading;
import org.iptalent.planning.progress.Projection;

/**
 * An indicator over the API, for the country or the caller's region.
 *
 * @param source     the computing source's code, or {@code REPORTED}
 * @param status     OFF_TRACK, MISSED, AT_RISK, NO_TARGET, NO_DATA, NO_SOURCE (its module is not there yet), ON_TRACK
 *                   or ACHIEVED
 * @param projection null with too little history or once the target year is over
 */
public record IndicatorJson(String code, String name, String unit, BigDecimal target, int targetYear, String direction,
        String attribute, String kind, BigDecimal value, Instant asOf, String source, boolean sourceThere,
        BigDecimal progress, String status, ProjectionJson projection, List<Month> history) {

    /** One month's value (the value at the month's end; the current month's is the latest). */
    public record Month(String month, BigDecimal value) {
    }

    /** The linear trend of the last months carried to December of the target year, with its 95 % interval. */
    public record ProjectionJson(String method, String at, BigDecimal value, BigDecimal low, BigDecimal high,
            BigDecimal perMonth, int months, String from, String to) {
    }

    static IndicatorJson of(IndicatorReading r, boolean english) {
        var i = r.indicator();
        Projection p = r.projection();
        return new IndicatorJson(i.getCode(), i.name(english), i.getUnit().name(), r.target(), i.getTargetYear(),
                i.getDirection().name(), i.getAttribute().name(), i.getKind().name(), r.value(), r.asOf(),
                i.getSourceKind() == org.iptalent.planning.plan.Indicator.SourceKind.REPORTED ? "REPORTED"
                        : i.getSourceCode(),
                r.sourceThere(), r.progress(), r.status().name(),
                p == null ? null : new ProjectionJson("LINEAR_TREND_LAST_12_MONTHS", p.at().toString(), p.value(),
                        p.low(), p.high(), p.perMonth(), p.months(), p.from().toString(), p.to().toString()),
                r.history().stream().map(m -> new Month(m.month().toString(), m.value())).toList());
    }
}
