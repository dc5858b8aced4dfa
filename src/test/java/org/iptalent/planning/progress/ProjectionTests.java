package org.iptalent.planning.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.iptalent.planning.plan.Indicator.Direction;
import org.junit.jupiter.api.Test;

/** The projection's arithmetic and the status it gives, on series whose answer is known. */
class ProjectionTests {

    private static List<Projection.Point> series(YearMonth from, double... values) {
        List<Projection.Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new Projection.Point(from.plusMonths(i), BigDecimal.valueOf(values[i])));
        }
        return points;
    }

    @Test
    void aStraightLineIsCarriedOnExactlyWithNoBand() {
        // 80, 81, … 91 over 2025: one a month, so December 2027 (24 months after the last) is 115
        List<Projection.Point> history = series(YearMonth.of(2025, 1), 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91);
        Projection p = Projection.linear(history, YearMonth.of(2027, 12), BigDecimal.ZERO, null).orElseThrow();
        assertThat(p.value()).isEqualByComparingTo("115");
        assertThat(p.low()).isEqualByComparingTo("115");
        assertThat(p.high()).isEqualByComparingTo("115");
        assertThat(p.perMonth()).isEqualByComparingTo("1");
        assertThat(p.months()).isEqualTo(12);
    }

    @Test
    void onlyTheLastTwelveMonthsCountAndTheBandWidensWithNoise() {
        // an old steep climb, then a flat noisy year: the trend is the flat year's
        List<Projection.Point> history = series(YearMonth.of(2024, 1), 10, 20, 30, 40, 50, 60, 100, 102, 98, 101, 99,
                100, 102, 98, 101, 99, 100, 100);
        Projection p = Projection.linear(history, YearMonth.of(2026, 12), BigDecimal.ZERO, null).orElseThrow();
        assertThat(p.from()).isEqualTo(YearMonth.of(2024, 7));
        assertThat(p.value().doubleValue()).isBetween(97.0, 103.0);
        assertThat(p.high().subtract(p.low()).doubleValue()).isGreaterThan(2.0);
        assertThat(p.low()).isLessThan(p.value());
    }

    @Test
    void tooLittleHistoryOrATargetMonthPassedMakesNoProjection() {
        assertThat(Projection.linear(series(YearMonth.of(2026, 1), 1, 2, 3), YearMonth.of(2030, 12), null, null))
                .isEmpty();
        assertThat(Projection.linear(series(YearMonth.of(2026, 1), 1, 2, 3, 4, 5), YearMonth.of(2026, 5), null, null))
                .isEmpty();
    }

    @Test
    void aRateStaysWithinItsBounds() {
        Projection p = Projection.linear(series(YearMonth.of(2026, 1), 70, 80, 90, 95), YearMonth.of(2030, 12),
                BigDecimal.ZERO, BigDecimal.valueOf(100)).orElseThrow();
        assertThat(p.value()).isEqualByComparingTo("100");
        assertThat(p.high()).isEqualByComparingTo("100");
    }

    @Test
    void theStatusFollowsTheProjectionAndItsBand() {
        BigDecimal target = BigDecimal.valueOf(100);
        Projection reaches = new Projection(BigDecimal.valueOf(104), BigDecimal.valueOf(96), BigDecimal.valueOf(112),
                BigDecimal.ONE, 12, YearMonth.of(2026, 1), YearMonth.of(2026, 12), YearMonth.of(2030, 12));
        Projection onlyTheBand = new Projection(BigDecimal.valueOf(95), BigDecimal.valueOf(88), BigDecimal.valueOf(102),
                BigDecimal.ONE, 12, YearMonth.of(2026, 1), YearMonth.of(2026, 12), YearMonth.of(2030, 12));
        Projection falls = new Projection(BigDecimal.valueOf(80), BigDecimal.valueOf(75), BigDecimal.valueOf(85),
                BigDecimal.ONE, 12, YearMonth.of(2026, 1), YearMonth.of(2026, 12), YearMonth.of(2030, 12));
        BigDecimal value = BigDecimal.valueOf(70);
        assertThat(IndicatorStatus.of(Direction.AT_LEAST, target, value, Optional.of(reaches), false))
                .isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(IndicatorStatus.of(Direction.AT_LEAST, target, value, Optional.of(onlyTheBand), false))
                .isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(IndicatorStatus.of(Direction.AT_LEAST, target, value, Optional.of(falls), false))
                .isEqualTo(IndicatorStatus.OFF_TRACK);
        // at most 100: a projection of 80 meets it
        assertThat(IndicatorStatus.of(Direction.AT_MOST, target, value, Optional.of(falls), false))
                .isEqualTo(IndicatorStatus.ON_TRACK);
        // about 100 (±10 %): 95 is met
        assertThat(IndicatorStatus.of(Direction.ABOUT, target, value, Optional.of(onlyTheBand), false))
                .isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(IndicatorStatus.of(Direction.AT_LEAST, target, BigDecimal.valueOf(101), Optional.empty(), true))
                .isEqualTo(IndicatorStatus.ACHIEVED);
        assertThat(IndicatorStatus.of(Direction.AT_LEAST, target, BigDecimal.valueOf(99), Optional.empty(), true))
                .isEqualTo(IndicatorStatus.MISSED);
        assertThat(IndicatorStatus.of(Direction.AT_LEAST, target, null, Optional.empty(), false))
                .isEqualTo(IndicatorStatus.NO_DATA);
        assertThat(IndicatorStatus.of(Direction.AT_LEAST, null, value, Optional.empty(), false))
                .isEqualTo(IndicatorStatus.NO_TARGET);
        assertThat(IndicatorStatus.OFF_TRACK).as("ordered by concern").isLessThan(IndicatorStatus.AT_RISK);
        assertThat(IndicatorStatus.AT_RISK).isLessThan(IndicatorStatus.ON_TRACK);
    }
}
