package org.iptalent.training.survey;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import org.iptalent.training.base.BaseMeasure;
import org.springframework.stereotype.Component;

/**
 * The satisfaction score of a base's classes that ended in the year, on 100 points (the mean over their
 * responses), for the bases' annual assessment; the plan's target of 90 earns full marks by default.
 */
@Component
class SatisfactionMeasure implements BaseMeasure {

    private final Satisfaction satisfaction;
    private final SurveyProperties properties;

    SatisfactionMeasure(Satisfaction satisfaction, SurveyProperties properties) {
        this.satisfaction = satisfaction;
        this.properties = properties;
    }

    @Override
    public String code() {
        return "SATISFACTION";
    }

    @Override
    public String labelKey() {
        return "training.measure.SATISFACTION";
    }

    @Override
    public Map<Long, BigDecimal> values(Collection<Long> baseIds, int year) {
        return satisfaction.scoresOfBases(year, baseIds);
    }

    @Override
    public BigDecimal typicalFullMarks() {
        return BigDecimal.valueOf(properties.target());
    }
}
