package org.iptalent.planning.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.iptalent.planning.progress.IndicatorReading;
import org.iptalent.planning.progress.Projection;

/**
 * An indicator's history as a small SVG drawn on the server (the pages allow no inline script or style): the monthly
 * values as a line, the target as a dashed line, and the projection to the target month with its band.
 *
 * @param line       the history's points, "x,y x,y …"
 * @param projection the projection's two points, or null
 * @param band       the band as a polygon's points, or null
 * @param targetY    the target line's height, or null when it lies outside the drawing
 */
public record Sparkline(String line, String projection, String band, String targetY) {

    static final int WIDTH = 160;
    static final int HEIGHT = 36;
    private static final int PAD = 3;

    static Sparkline of(IndicatorReading reading) {
        List<Projection.Point> points = reading.history().stream().filter(p -> p.value() != null).toList();
        if (points.isEmpty()) {
            return new Sparkline("", null, null, null);
        }
        Projection p = reading.projection();
        YearMonth first = points.get(0).month();
        YearMonth last = p != null ? p.at() : points.get(points.size() - 1).month();
        double span = Math.max(1, ChronoUnit.MONTHS.between(first, last));
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Projection.Point point : points) {
            min = Math.min(min, point.value().doubleValue());
            max = Math.max(max, point.value().doubleValue());
        }
        if (p != null) {
            min = Math.min(min, p.low().doubleValue());
            max = Math.max(max, p.high().doubleValue());
        }
        BigDecimal target = reading.target();
        if (target != null) {
            min = Math.min(min, target.doubleValue());
            max = Math.max(max, target.doubleValue());
        }
        if (max - min < 1e-9) {
            max = min + 1;
        }
        Scale scale = new Scale(first, span, min, max);
        StringBuilder line = new StringBuilder();
        for (Projection.Point point : points) {
            line.append(scale.x(point.month())).append(',').append(scale.y(point.value().doubleValue())).append(' ');
        }
        String projection = null;
        String band = null;
        if (p != null) {
            Projection.Point lastPoint = points.get(points.size() - 1);
            String start = scale.x(lastPoint.month()) + "," + scale.y(lastPoint.value().doubleValue());
            projection = start + " " + scale.x(p.at()) + "," + scale.y(p.value().doubleValue());
            band = start + " " + scale.x(p.at()) + "," + scale.y(p.high().doubleValue()) + " " + scale.x(p.at()) + ","
                    + scale.y(p.low().doubleValue());
        }
        return new Sparkline(line.toString().trim(), projection, band,
                target == null ? null : scale.y(target.doubleValue()));
    }

    private record Scale(YearMonth first, double span, double min, double max) {

        String x(YearMonth month) {
            return format(PAD + (WIDTH - 2 * PAD) * ChronoUnit.MONTHS.between(first, month) / span);
        }

        String y(double value) {
            return format(HEIGHT - PAD - (HEIGHT - 2 * PAD) * (value - min) / (max - min));
        }

        private static String format(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }
}
