package org.iptalent.analytics.forecast;

import java.time.YearMonth;
import java.util.List;

/**
 * A monthly series to forecast, oldest first, one value a month with no gap: a region's supply of a team (the
 * registry's history) today, its demand once the demand module gives one.
 *
 * @param first  the month of the first value
 * @param values the values
 */
public record MonthlySeries(YearMonth first, List<Double> values) {

    public MonthlySeries {
        values = List.copyOf(values);
    }

    public int months() {
        return values.size();
    }

    public YearMonth last() {
        return first.plusMonths(values.size() - 1L);
    }

    double[] array() {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
