package org.iptalent.planning.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Where an indicator is heading: the least-squares line through its last months (at most {@value #WINDOW}), carried
 * to the target month, with the 95 % prediction interval of that line at that month (Student's t with n − 2 degrees
 * of freedom). Fewer than {@value #MINIMUM} months make no projection: a line through two points says nothing.
 *
 * @param value    the line's value at the target month
 * @param low      the interval's lower end
 * @param high     its upper end
 * @param perMonth the line's slope
 * @param months   how many months the line was fitted to
 * @param from     the first of them
 * @param to       the last of them
 * @param at       the month projected to
 */
public record Projection(BigDecimal value, BigDecimal low, BigDecimal high, BigDecimal perMonth, int months,
        YearMonth from, YearMonth to, YearMonth at) {

    public static final int WINDOW = 12;
    public static final int MINIMUM = 4;

    /** 97.5 % quantiles of Student's t for 1 to 12 degrees of freedom; 1.96 beyond. */
    private static final double[] T = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
            2.179};

    /** A month's value, in the indicator's unit. */
    public record Point(YearMonth month, BigDecimal value) {
    }

    /**
     * The projection of the last {@value #WINDOW} points (oldest first, one per month, gaps allowed) to a month after
     * them; empty with too few points or a target month not after the last one.
     */
    public static Optional<Projection> linear(List<Point> history, YearMonth at, BigDecimal floor, BigDecimal ceiling) {
        List<Point> points = history.stream().filter(p -> p.value() != null).toList();
        if (points.size() > WINDOW) {
            points = points.subList(points.size() - WINDOW, points.size());
        }
        int n = points.size();
        if (n < MINIMUM || !at.isAfter(points.get(n - 1).month())) {
            return Optional.empty();
        }
        YearMonth origin = points.get(0).month();
        double[] x = new double[n];
        double[] y = new double[n];
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            x[i] = ChronoUnit.MONTHS.between(origin, points.get(i).month());
            y[i] = points.get(i).value().doubleValue();
            meanX += x[i] / n;
            meanY += y[i] / n;
        }
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double intercept = meanY - slope * meanX;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double residual = y[i] - (intercept + slope * x[i]);
            sse += residual * residual;
        }
        double x0 = ChronoUnit.MONTHS.between(origin, at);
        double projected = intercept + slope * x0;
        double s = Math.sqrt(sse / (n - 2));
        double half = t(n - 2) * s * Math.sqrt(1 + 1.0 / n + (sxx == 0 ? 0 : (x0 - meanX) * (x0 - meanX) / sxx));
        return Optional.of(new Projection(bounded(projected, floor, ceiling), bounded(projected - half, floor, ceiling),
                bounded(projected + half, floor, ceiling), round(slope), n, points.get(0).month(),
                points.get(n - 1).month(), at));
    }

    private static double t(int degrees) {
        return degrees <= T.length ? T[degrees - 1] : 1.96;
    }

    private static BigDecimal bounded(double value, BigDecimal floor, BigDecimal ceiling) {
        double bounded = value;
        if (floor != null) {
            bounded = Math.max(bounded, floor.doubleValue());
        }
        if (ceiling != null) {
            bounded = Math.min(bounded, ceiling.doubleValue());
        }
        return round(bounded);
    }

    private static BigDecimal round(double value) {
        return org.iptalent.planning.IndicatorUnit.plain(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP));
    }
}
