package org.iptalent.analytics.forecast;

import java.util.List;

/**
 * The projected gap of a region and team: each month ahead, the demand's forecast less the supply's (positive: a
 * shortage of staff, negative: a surplus) with 80 % and 95 % intervals that take the two forecasts' errors as
 * independent, and the two forecasts themselves (their methods, parameters and backtests).
 */
public record GapView(String region, String team, ForecastView supply, ForecastView demand, List<Point> points) {

    /** A month ahead: the two forecasts (never below zero) and the gap with its intervals. */
    public record Point(String month, double supply, double demand, double gap, double low80, double high80,
            double low95, double high95) {
    }

    public Point last() {
        return points.get(points.size() - 1);
    }
}
