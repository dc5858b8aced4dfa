package org.iptalent.platform.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The damped-trend method against R's forecast package on a public series (the fixture and its source are in
 * src/test/resources/forecast), its intervals against the state-space variance, the bounds of φ, and the backtest.
 */
class DampedTrendTests {

    private static Properties oil() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DampedTrendTests.class.getResourceAsStream("/forecast/oil-ets-aadn.properties")) {
            properties.load(in);
        }
        return properties;
    }

    private static double[] numbers(Properties p, String key) {
        return Arrays.stream(p.getProperty(key).split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double number(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key));
    }

    @Test
    void withRsParametersItGivesRsFittedValuesForecastsAndVariance() throws IOException {
        Properties r = oil();
        double[] y = numbers(r, "y");
        double alpha = number(r, "alpha");
        double[] initial = numbers(r, "initstate");
        DampedTrend.Fit fit = DampedTrend.apply(y, new DampedTrend.Parameters(alpha, number(r, "beta") / alpha,
                number(r, "phi"), initial[0], initial[1]));

        double[] fitted = numbers(r, "fitted");
        assertThat(y).hasSize(49);
        for (int t = 0; t < y.length; t++) {
            assertThat(fit.fitted()[t]).as("fitted %d", t).isCloseTo(fitted[t], within(1e-6));
        }
        double[] forecast = numbers(r, "forecast");
        for (int h = 1; h <= forecast.length; h++) {
            assertThat(fit.mean(h)).as("h = %d", h).isCloseTo(forecast[h - 1], within(1e-6));
        }
        assertThat(fit.sigma2()).isCloseTo(number(r, "sigma2"), Percentage.withPercentage(1e-4));
        assertThat(fit.variance(1)).isEqualTo(fit.sigma2());
    }

    @Test
    void itsOwnFitIsAtLeastAsGoodAsRsWithinTheBounds() throws IOException {
        Properties r = oil();
        double[] y = numbers(r, "y");
        double referenceSse = number(r, "sigma2") * (y.length - DampedTrend.PARAMETERS);

        DampedTrend.Fit fit = DampedTrend.fit(y);

        assertThat(fit.sse()).isLessThanOrEqualTo(referenceSse * (1 + 1e-6));
        assertThat(fit.parameters().phi()).isBetween(DampedTrend.PHI_MIN, DampedTrend.PHI_MAX);
        // the same kind of model: nearly a random walk with a damped drift
        assertThat(fit.parameters().alpha()).isGreaterThan(0.9);
        assertThat(DampedTrend.fit(y).parameters()).isEqualTo(fit.parameters());
    }

    @Test
    void theIntervalIsTheStateSpaceVarianceAndWidensWithTheHorizon() throws IOException {
        DampedTrend.Fit fit = DampedTrend.fit(numbers(oil(), "y"));
        double alpha = fit.parameters().alpha();
        double beta = fit.parameters().beta();
        double phi = fit.parameters().phi();
        // var(h) = σ² (1 + Σ_{j<h} (w' F^(j-1) g)²), state (l, b), F = [[1, φ], [0, φ]], w = (1, φ), g = (α, αβ)
        double[] state = {alpha, alpha * beta};
        double sum = 1;
        List<DampedTrend.Step> steps = fit.forecast(60);
        assertThat(steps).hasSize(60);
        for (int h = 2; h <= 60; h++) {
            double c = state[0] + phi * state[1];
            sum += c * c;
            state = new double[] {state[0] + phi * state[1], phi * state[1]};
            assertThat(fit.variance(h)).as("h = %d", h).isCloseTo(fit.sigma2() * sum, Percentage.withPercentage(1e-9));
        }
        double previous = 0;
        for (DampedTrend.Step step : steps) {
            double half80 = step.high80() - step.mean();
            double half95 = step.high95() - step.mean();
            assertThat(half80).isGreaterThan(previous);
            assertThat(half95).isGreaterThan(half80);
            assertThat(step.mean() - step.low95()).isCloseTo(half95, within(1e-9));
            previous = half80;
        }
        assertThat(steps.get(0).high95() - steps.get(0).mean())
                .isCloseTo(DampedTrend.Z95 * Math.sqrt(fit.sigma2()), within(1e-9));
    }

    @Test
    void phiStaysWithinItsBoundsAndDampsTheTrend() {
        double[] straight = new double[36];
        double[] flat = new double[36];
        for (int t = 0; t < straight.length; t++) {
            straight[t] = 100 + 5 * t + (t % 2 == 0 ? 1 : -1);
            flat[t] = 50 + (t % 3) - 1;
        }
        DampedTrend.Fit rising = DampedTrend.fit(straight);
        assertThat(rising.parameters().phi()).isBetween(DampedTrend.PHI_MIN, DampedTrend.PHI_MAX);
        // a steady rise keeps as much trend as the bound allows, and the forecast still flattens
        assertThat(rising.parameters().phi()).isCloseTo(DampedTrend.PHI_MAX, within(0.01));
        assertThat(rising.mean(1)).isCloseTo(100 + 5 * 36, within(3.0));
        double firstYear = rising.mean(12) - rising.mean(1);
        double fifthYear = rising.mean(60) - rising.mean(49);
        assertThat(fifthYear).isPositive().isLessThan(firstYear);
        double limit = rising.level() + rising.trend() * DampedTrend.PHI_MAX / (1 - DampedTrend.PHI_MAX);
        assertThat(rising.mean(600)).isLessThan(limit + 1e-6);

        DampedTrend.Fit level = DampedTrend.fit(flat);
        assertThat(level.parameters().phi()).isBetween(DampedTrend.PHI_MIN, DampedTrend.PHI_MAX);
        assertThat(level.mean(60)).isCloseTo(50, within(2.0));
    }

    @Test
    void tooFewObservationsAreRefused() {
        assertThatThrownBy(() -> DampedTrend.fit(new double[] {1, 2, 3, 4, 5, 6}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DampedTrend.fit(new double[] {1, 2, 3, 4, 5, 6, 7}).parameters().phi())
                .isBetween(DampedTrend.PHI_MIN, DampedTrend.PHI_MAX);
    }

    @Test
    void theBacktestScalesRollingOriginErrorsByTheNaiveOnes() {
        double[] straight = new double[36];
        double[] zigzag = new double[36];
        for (int t = 0; t < straight.length; t++) {
            straight[t] = 100 + 5 * t;
            zigzag[t] = 100 + (t % 2 == 0 ? 10 : -10);
        }
        Backtest.Result line = Backtest.mase(straight, 12, 12).orElseThrow();
        assertThat(line.origins()).isEqualTo(12);
        assertThat(line.forecasts()).isEqualTo(12 * 13 / 2);
        assertThat(line.mase()).isLessThan(0.5);
        // a zigzag: the naive forecast is always 20 off, the smoothed level about 10
        assertThat(Backtest.mase(zigzag, 12, 1).orElseThrow().mase()).isBetween(0.3, 1.1);
        double[] constant = new double[30];
        Arrays.fill(constant, 7);
        assertThat(Backtest.mase(constant, 12, 12)).isEmpty();
    }
}
