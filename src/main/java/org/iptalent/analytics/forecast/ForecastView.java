package org.iptalent.analytics.forecast;

import java.util.List;

/**
 * A forecast of one region and team as the API and the page show it: the method and its fitted parameters, the
 * backtest error, the history it used and each month ahead with its 80 % and 95 % intervals. Counts of persons are
 * never negative: a bound below zero is given as zero.
 *
 * @param region     the region's code ({@code 000000} for the country)
 * @param team       the team's code, or null for every team
 * @param measure    what is forecast: the supply of talents or the demand for staff
 * @param source     the monthly history's indicator source
 * @param method     the method's code ({@code ETS(A,Ad,N)})
 * @param parameters the fitted parameters
 * @param backtest   the rolling-origin MASE, or null when undefined (a history that never changes)
 * @param history    the months used, oldest first
 * @param points     the months ahead
 */
public record ForecastView(String region, String team, Measure measure, String source, String method, Parameters parameters,
        Backtest backtest, List<MonthValue> history, List<Point> points) {

    /** α, β (Holt's), φ, the initial level and trend, and σ (the one-step error's standard deviation). */
    public record Parameters(double alpha, double beta, double phi, double initialLevel, double initialTrend,
            double sigma) {
    }

    /**
     * The mean absolute scaled error over a rolling origin.
     *
     * @param mase      the error; below 1 beats last month's value as a one-month forecast
     * @param origins   how many months the model was refitted from
     * @param horizon   the longest horizon tested from each origin
     * @param forecasts how many forecasts were scored
     * @param scale     what scales it: the in-sample one-step naive mean absolute error
     */
    public record Backtest(double mase, int origins, int horizon, int forecasts, String scale) {
    }

    public record MonthValue(String month, double value) {
    }

    public record Point(String month, double value, double low80, double high80, double low95, double high95) {
    }

    public String firstMonth() {
        return history.get(0).month();
    }

    public String lastMonth() {
        return history.get(history.size() - 1).month();
    }

    public Point last() {
        return points.get(points.size() - 1);
    }
}
