package org.iptalent.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The demand's history starts at its first need: the zeros before any known survey are no history. */
class MonthlyHistoryTests {

    @Test
    void theMonthsBeforeTheFirstNeedAreLeftOut() {
        MonthlySeries padded = new MonthlySeries(YearMonth.of(2021, 1), List.of(0.0, 0.0, 0.0, 120.0, 0.0, 130.0));
        MonthlySeries demand = MonthlyHistory.fromFirstNeed(padded).orElseThrow();
        assertThat(demand.first()).isEqualTo(YearMonth.of(2021, 4));
        // a zero after the first need is a need answered "none", and stays
        assertThat(demand.values()).containsExactly(120.0, 0.0, 130.0);
        assertThat(MonthlyHistory.fromFirstNeed(new MonthlySeries(YearMonth.of(2021, 1), List.of(0.0, 0.0))))
                .isEmpty();
    }
}
