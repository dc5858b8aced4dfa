package org.iptalent.platform.forecast;

import java.util.Arrays;
import java.util.Optional;

/**
 * The mean absolute scaled error (Hyndman and Koehler 2006) of {@link DampedTrend} over a rolling origin: at each of
 * the last {@code origins} months the model is fitted again to the months before it and forecasts up to
 * {@code horizon} months ahead (as far as the series goes); the mean absolute error of all those forecasts is scaled
 * by the in-sample mean absolute error of the one-step naive forecast (last month's value) over the whole series. A
 * MASE below 1 beats the naive forecast one month ahead. Undefined (empty) for a series that never changes.
 */
public final class Backtest {

    private Backtest() {
    }

    /** The MASE and how many origins and forecasts it averaged. */
    public record Result(double mase, int origins, int forecasts) {
    }

    public static Optional<Result> mase(double[] y, int origins, int horizon) {
        int n = y.length;
        double scale = 0;
        for (int t = 1; t < n; t++) {
            scale += Math.abs(y[t] - y[t - 1]);
        }
        scale = n > 1 ? scale / (n - 1) : 0;
        int first = Math.max(DampedTrend.minimumObservations(), n - origins);
        if (scale == 0 || first >= n) {
            return Optional.empty();
        }
        double errors = 0;
        int forecasts = 0;
        for (int origin = first; origin < n; origin++) {
            DampedTrend.Fit fit = DampedTrend.fit(Arrays.copyOf(y, origin));
            for (int h = 1; h <= horizon && origin + h - 1 < n; h++) {
                errors += Math.abs(y[origin + h - 1] - fit.mean(h));
                forecasts++;
            }
        }
        return Optional.of(new Result(errors / forecasts / scale, n - first, forecasts));
    }
}
