package org.iptalent.training.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.iptalent.planning.IndicatorRegions;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.training.survey.Satisfaction;
import org.springframework.stereotype.Component;

/**
 * {@code training.satisfaction}: the mean satisfaction score (0 to 100) over a rolling year, the responses to the
 * surveys that closed in the 12 months ending on the day, by the region of the surveyed class ({@link
 * Satisfaction#rollingYear}: its rules, the minimum of responses among them). A region without a response in the
 * year has no value, never 0.
 */
@Component
class TrainingSatisfaction extends GroupedSource {

    private final Satisfaction satisfaction;

    TrainingSatisfaction(IndicatorRegions regions, Satisfaction satisfaction) {
        super(regions);
        this.satisfaction = satisfaction;
    }

    @Override
    public String code() {
        return "training.satisfaction";
    }

    @Override
    public IndicatorUnit unit() {
        return IndicatorUnit.SCORE;
    }

    @Override
    Map<String, BigDecimal> grouped(int length, String pattern, LocalDate day) {
        return satisfaction.rollingYear(length, pattern, day);
    }

    @Override
    BigDecimal none() {
        return null;
    }
}
