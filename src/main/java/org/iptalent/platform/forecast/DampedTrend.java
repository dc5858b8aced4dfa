package org.iptalent.platform.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Additive damped-trend exponential smoothing, ETS(A,Ad,N) (Gardner and McKenzie's damped Holt method), as Hyndman
 * et al. (2008) write it and R's forecast package fits it:
 *
 * <pre>
 *   forecast   ŷ(t) = l(t-1) + φ b(t-1),   error e(t) = y(t) − ŷ(t)
 *   level      l(t) = l(t-1) + φ b(t-1) + α e(t)
 *   trend      b(t) = φ b(t-1) + α β e(t)
 *   h ahead    ŷ(n+h) = l(n) + (φ + φ² + … + φ^h) b(n)
 * </pre>
 *
 * β is Holt's smoothing of the trend (R's {@code ets} reports α β as its beta). The fit minimises the sum of squared
 * one-step errors: for fixed α, β and φ the errors are affine in the initial level and trend, so those two are the
 * exact least-squares solution of a 2 × 2 system, and α, β ∈ [0.0001, 0.9999] and φ ∈ [0.8, 0.98] (R's bounds) are
 * searched on a grid, then refined by Nelder–Mead within the bounds: deterministic, no random start. The variance of
 * the h-step error is σ² (1 + Σ_{j=1}^{h-1} c_j²) with c_j = α + α β (φ + … + φ^j), σ² = SSE / (n − 5) as R's.
 */
public final class DampedTrend {

    public static final double PHI_MIN = 0.8;
    public static final double PHI_MAX = 0.98;
    public static final double SMOOTHING_MIN = 0.0001;
    public static final double SMOOTHING_MAX = 0.9999;
    /** α, β, φ, the initial level and trend. */
    public static final int PARAMETERS = 5;
    /** Standard normal quantiles of the two-sided 80 % and 95 % intervals. */
    public static final double Z80 = 1.2815515655446004;
    public static final double Z95 = 1.959963984540054;

    /** The grid the refinement starts from: 90 points, enough to land in the right basin of a smooth SSE. */
    private static final double[] ALPHAS = {0.1, 0.3, 0.5, 0.7, 0.9, SMOOTHING_MAX};
    private static final double[] BETAS = {SMOOTHING_MIN, 0.05, 0.15, 0.4, 0.8};
    private static final double[] PHIS = {PHI_MIN, 0.9, PHI_MAX};

    private DampedTrend() {
    }

    /** The smoothing parameters, the damping and the initial state (the state before the first observation). */
    public record Parameters(double alpha, double beta, double phi, double level, double trend) {
    }

    /** One month ahead: the point forecast and the 80 % and 95 % intervals. */
    public record Step(int h, double mean, double low80, double high80, double low95, double high95) {
    }

    /**
     * A fitted model: its parameters, sum of squared one-step errors, σ², the one-step fitted values and the final
     * level and trend the forecasts start from.
     */
    public record Fit(Parameters parameters, double sse, double sigma2, double[] fitted, double level, double trend) {

        /** The point forecast h steps ahead. */
        public double mean(int h) {
            double phi = parameters.phi();
            double damping = 0;
            double power = 1;
            for (int j = 1; j <= h; j++) {
                power *= phi;
                damping += power;
            }
            return level + damping * trend;
        }

        /** The variance of the h-step forecast error (the analytic one of ETS(A,Ad,N)). */
        public double variance(int h) {
            double alpha = parameters.alpha();
            double beta = parameters.beta();
            double phi = parameters.phi();
            double sum = 1;
            double damping = 0;
            double power = 1;
            for (int j = 1; j < h; j++) {
                power *= phi;
                damping += power;
                double c = alpha + alpha * beta * damping;
                sum += c * c;
            }
            return sigma2 * sum;
        }

        /** Forecasts for 1 … horizon steps with their intervals. */
        public List<Step> forecast(int horizon) {
            List<Step> steps = new ArrayList<>(horizon);
            for (int h = 1; h <= horizon; h++) {
                double mean = mean(h);
                double sd = Math.sqrt(variance(h));
                steps.add(new Step(h, mean, mean - Z80 * sd, mean + Z80 * sd, mean - Z95 * sd, mean + Z95 * sd));
            }
            return steps;
        }
    }

    /** The fewest observations a fit takes: σ² needs more observations than parameters. */
    public static int minimumObservations() {
        return PARAMETERS + 2;
    }

    /** The least-squares fit of a series (oldest first). */
    public static Fit fit(double[] y) {
        if (y.length < minimumObservations()) {
            throw new IllegalArgumentException("too few observations: " + y.length);
        }
        double[] best = null;
        double bestSse = Double.POSITIVE_INFINITY;
        for (double alpha : ALPHAS) {
            for (double beta : BETAS) {
                for (double phi : PHIS) {
                    double sse = concentrated(y, alpha, beta, phi, null);
                    if (sse < bestSse) {
                        bestSse = sse;
                        best = new double[] {alpha, beta, phi};
                    }
                }
            }
        }
        double[] refined = NelderMead.minimise(p -> concentrated(y, clamp(p[0], SMOOTHING_MIN, SMOOTHING_MAX),
                clamp(p[1], SMOOTHING_MIN, SMOOTHING_MAX), clamp(p[2], PHI_MIN, PHI_MAX), null), best,
                new double[] {0.05, 0.05, 0.03});
        double alpha = clamp(refined[0], SMOOTHING_MIN, SMOOTHING_MAX);
        double beta = clamp(refined[1], SMOOTHING_MIN, SMOOTHING_MAX);
        double phi = clamp(refined[2], PHI_MIN, PHI_MAX);
        double[] initial = new double[2];
        concentrated(y, alpha, beta, phi, initial);
        return apply(y, new Parameters(alpha, beta, phi, initial[0], initial[1]));
    }

    /** The model with given parameters run over a series: its errors, σ² and final state. */
    public static Fit apply(double[] y, Parameters p) {
        double level = p.level();
        double trend = p.trend();
        double sse = 0;
        double[] fitted = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            double forecast = level + p.phi() * trend;
            double error = y[t] - forecast;
            fitted[t] = forecast;
            sse += error * error;
            level = forecast + p.alpha() * error;
            trend = p.phi() * trend + p.alpha() * p.beta() * error;
        }
        double sigma2 = y.length > PARAMETERS ? sse / (y.length - PARAMETERS) : Double.NaN;
        return new Fit(p, sse, sigma2, fitted, level, trend);
    }

    /**
     * The smallest SSE over the initial state for fixed α, β, φ. The one-step errors are e(t) = e0(t) − u(t) l0 −
     * v(t) b0, where e0 are the errors from a zero initial state and u, v the forecasts of the same recursion run on
     * zeros from the states (1, 0) and (0, 1); minimising over (l0, b0) is a 2 × 2 least-squares problem. Writes the
     * initial state into {@code initial} when given.
     */
    static double concentrated(double[] y, double alpha, double beta, double phi, double[] initial) {
        double l0 = 0, b0 = 0, l1 = 1, b1 = 0, l2 = 0, b2 = 1;
        double suu = 0, suv = 0, svv = 0, sue = 0, sve = 0, see = 0;
        double ab = alpha * beta;
        for (double value : y) {
            double f0 = l0 + phi * b0;
            double e0 = value - f0;
            double u = l1 + phi * b1;
            double v = l2 + phi * b2;
            suu += u * u;
            suv += u * v;
            svv += v * v;
            sue += u * e0;
            sve += v * e0;
            see += e0 * e0;
            l0 = f0 + alpha * e0;
            b0 = phi * b0 + ab * e0;
            // on zeros the error is minus the forecast
            l1 = u - alpha * u;
            b1 = phi * b1 - ab * u;
            l2 = v - alpha * v;
            b2 = phi * b2 - ab * v;
        }
        double det = suu * svv - suv * suv;
        double level;
        double trend;
        if (Math.abs(det) <= 1e-12 * Math.max(1, suu * svv)) {
            level = suu > 0 ? sue / suu : 0;
            trend = 0;
        } else {
            level = (sue * svv - sve * suv) / det;
            trend = (sve * suu - sue * suv) / det;
        }
        if (initial != null) {
            initial[0] = level;
            initial[1] = trend;
        }
        double sse = see - 2 * (level * sue + trend * sve) + level * level * suu + 2 * level * trend * suv
                + trend * trend * svv;
        return Double.isFinite(sse) ? Math.max(sse, 0) : Double.POSITIVE_INFINITY;
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
