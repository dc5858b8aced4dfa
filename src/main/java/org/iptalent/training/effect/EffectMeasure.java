package org.iptalent.training.effect;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import org.iptalent.training.base.BaseMeasure;
import org.springframework.stereotype.Component;

/**
 * The training effect of a base's classes that ended in the year, for the bases' annual assessment: what the
 * trainees' employers observed months later (behaviour and results, Kirkpatrick's third and fourth levels), on
 * 100 points; 80 earns full marks by default.
 */
@Component
class EffectMeasure implements BaseMeasure {

    private final EffectReports reports;

    EffectMeasure(EffectReports reports) {
        this.reports = reports;
    }

    @Override
    public String code() {
        return "EFFECT";
    }

    @Override
    public String labelKey() {
        return "training.measure.EFFECT";
    }

    @Override
    public Map<Long, BigDecimal> values(Collection<Long> baseIds, int year) {
        return reports.followUpScoresOfBases(year, baseIds);
    }

    @Override
    public BigDecimal typicalFullMarks() {
        return BigDecimal.valueOf(80);
    }
}
