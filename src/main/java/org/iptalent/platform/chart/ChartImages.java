package org.iptalent.platform.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

/**
 * Draws {@link Chart}s as PNG pictures with Java2D, headless, in the shipped CJK font (the one PDFs embed), so a
 * Chinese label renders whatever fonts the server has. A picture is small (1000 pixels wide, a few tens of
 * kilobytes) and comes back as a {@code data:} URI that {@link org.iptalent.platform.pdf.PdfDocuments} accepts.
 * Many categories (more than {@value #MAX_COLUMNS}, the provinces) are drawn as horizontal bars, one line each.
 */
@Component
public class ChartImages {

    static final int WIDTH = 1000;
    static final int HEIGHT = 500;
    static final int MAX_COLUMNS = 12;
    /** The labels' size in points. */
    private static final float SIZE = 15f;
    /** ECharts' default palette: the same colours as the pages' charts. */
    private static final Color[] PALETTE = {new Color(0x5470c6), new Color(0x91cc75), new Color(0xfac858),
            new Color(0xee6666), new Color(0x73c0de), new Color(0x3ba272), new Color(0xfc8452), new Color(0x9a60b4),
            new Color(0xea7ccc)};
    private static final Color AXIS = new Color(0x6e7079);
    private static final Color GRID = new Color(0xe0e6f1);

    /** The labels' two fonts: Chinese in the shipped CJK font, Latin letters and digits in the JRE's sans serif. */
    private final ChartText glyphs = new ChartText();

    /** Bars side by side per category (or stacked, each category's values on top of each other). */
    public String bar(Chart chart, boolean stacked, Locale locale) {
        return dataUri(barImage(chart, stacked, locale));
    }

    /** A line per series over the categories (months, years). */
    public String line(Chart chart, Locale locale) {
        return dataUri(lineImage(chart, locale));
    }

    /** The first series' values as slices of a pie, with each slice's share in the legend. */
    public String pie(Chart chart, Locale locale) {
        return dataUri(pieImage(chart, locale));
    }

    static String dataUri(BufferedImage image) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(image));
    }

    static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BufferedImage barImage(Chart chart, boolean stacked, Locale locale) {
        boolean horizontal = chart.categories().size() > MAX_COLUMNS;
        int height = horizontal ? Math.max(HEIGHT, 110 + 24 * chart.categories().size()) : HEIGHT;
        Canvas canvas = new Canvas(chart, height, locale);
        double max = 0;
        for (int c = 0; c < chart.categories().size(); c++) {
            double sum = 0;
            for (Chart.Series s : chart.series()) {
                double v = value(s.values().get(c));
                sum += v;
                max = Math.max(max, v);
            }
            if (stacked) {
                max = Math.max(max, sum);
            }
        }
        double top = niceTop(max);
        Graphics2D g = canvas.g;
        int n = chart.categories().size();
        int groups = stacked ? 1 : chart.series().size();
        if (horizontal) {
            int left = 40 + Math.min(260, canvas.widest(chart.categories()));
            int right = WIDTH - 40;
            int y0 = canvas.plotTop;
            int y1 = canvas.plotBottom;
            canvas.valueAxis(top, left, right, y1, true);
            double band = (double) (y1 - y0) / Math.max(1, n);
            for (int c = 0; c < n; c++) {
                int y = (int) (y0 + c * band);
                canvas.labelRight(chart.categories().get(c), left - 8, (int) (y + band / 2));
                double start = 0;
                for (int s = 0; s < chart.series().size(); s++) {
                    double v = value(chart.series().get(s).values().get(c));
                    double barBand = band * 0.7 / groups;
                    int by = (int) (y + band * 0.15 + (stacked ? 0 : s * barBand));
                    int x = left + (int) ((right - left) * start / top);
                    int w = (int) Math.round((right - left) * v / top);
                    g.setColor(PALETTE[s % PALETTE.length]);
                    g.fillRect(x, by, Math.max(w, v > 0 ? 1 : 0), Math.max(1, (int) barBand));
                    if (stacked) {
                        start += v;
                    } else if (chart.series().size() == 1) {
                        canvas.number(v, x + w + 4, (int) (by + barBand / 2), false);
                    }
                }
            }
        } else {
            int left = 90;
            int right = WIDTH - 30;
            int y1 = canvas.plotBottom - 40;
            canvas.valueAxis(top, left, right, y1, false);
            double band = (double) (right - left) / Math.max(1, n);
            for (int c = 0; c < n; c++) {
                int x = (int) (left + c * band);
                canvas.labelBelow(chart.categories().get(c), (int) (x + band / 2), y1 + 8, (int) band - 4);
                double start = 0;
                for (int s = 0; s < chart.series().size(); s++) {
                    double v = value(chart.series().get(s).values().get(c));
                    double barBand = band * 0.7 / groups;
                    int bx = (int) (x + band * 0.15 + (stacked ? 0 : s * barBand));
                    int h = (int) Math.round((y1 - canvas.plotTop) * v / top);
                    int y = y1 - (int) Math.round((y1 - canvas.plotTop) * start / top) - h;
                    g.setColor(PALETTE[s % PALETTE.length]);
                    g.fillRect(bx, y, Math.max(1, (int) barBand - 1), h);
                    if (stacked) {
                        start += v;
                    } else if (chart.series().size() <= 2) {
                        canvas.number(v, (int) (bx + barBand / 2), y - 4, true);
                    }
                }
            }
        }
        return canvas.done();
    }

    BufferedImage lineImage(Chart chart, Locale locale) {
        Canvas canvas = new Canvas(chart, HEIGHT, locale);
        double max = chart.series().stream().flatMap(s -> s.values().stream()).mapToDouble(ChartImages::value)
                .max().orElse(0);
        double top = niceTop(max);
        int left = 90;
        int right = WIDTH - 40;
        int y1 = canvas.plotBottom - 40;
        canvas.valueAxis(top, left, right, y1, false);
        int n = chart.categories().size();
        double step = n > 1 ? (double) (right - left) / (n - 1) : 0;
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int c = 0; c < n; c += every) {
            canvas.labelBelow(chart.categories().get(c), (int) (left + c * step), y1 + 8, (int) (step * every) - 4);
        }
        Graphics2D g = canvas.g;
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int s = 0; s < chart.series().size(); s++) {
            g.setColor(PALETTE[s % PALETTE.length]);
            Path2D path = new Path2D.Double();
            boolean open = false;
            List<Double> values = chart.series().get(s).values();
            for (int c = 0; c < n; c++) {
                if (values.get(c) == null) {
                    open = false;
                    continue;
                }
                double x = left + c * step;
                double y = y1 - (y1 - canvas.plotTop) * values.get(c) / top;
                if (open) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                    open = true;
                }
                g.fillOval((int) x - 4, (int) y - 4, 8, 8);
            }
            g.draw(path);
        }
        return canvas.done();
    }

    BufferedImage pieImage(Chart chart, Locale locale) {
        Canvas canvas = new Canvas(chart, HEIGHT, locale, false);
        Graphics2D g = canvas.g;
        List<Double> values = chart.series().isEmpty() ? List.of() : chart.series().get(0).values();
        double total = values.stream().mapToDouble(ChartImages::value).sum();
        int size = canvas.plotBottom - canvas.plotTop;
        int x0 = 60;
        int y0 = canvas.plotTop;
        double angle = 90;
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        int legendX = x0 + size + 60;
        // a share in brackets of the reader's script: full-width ones beside Chinese text
        boolean chinese = "zh".equals(locale.getLanguage());
        String open = chinese ? "（" : " (";
        String close = chinese ? "）" : ")";
        int line = Math.min(34, Math.max(22, size / Math.max(1, values.size())));
        for (int i = 0; i < values.size(); i++) {
            double v = value(values.get(i));
            double extent = total > 0 ? -360 * v / total : 0;
            g.setColor(PALETTE[i % PALETTE.length]);
            if (extent != 0) {
                g.fill(new Arc2D.Double(x0, y0, size, size, angle, extent, Arc2D.PIE));
            }
            angle += extent;
            int ly = y0 + i * line;
            g.fillRect(legendX, ly, 18, 18);
            g.setColor(Color.DARK_GRAY);
            String label = chart.categories().get(i) + "  " + canvas.format(v)
                    + (total > 0 ? open + percent.format(v / total) + close : "");
            glyphs.draw(g, canvas.fit(label, WIDTH - legendX - 40, 18f), legendX + 28, ly + 16, 18f);
        }
        return canvas.done();
    }

    private static double value(Double value) {
        return value == null || value.isNaN() ? 0 : Math.max(0, value);
    }

    /** The axis's top: the maximum rounded up to 1, 2 or 5 times a power of ten (at least 1). */
    static double niceTop(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** One picture being drawn: white ground, the title on top, a legend when there are several series. */
    private final class Canvas {
        final BufferedImage image;
        final Graphics2D g;
        final Chart chart;
        final int plotTop;
        final int plotBottom;
        final NumberFormat numbers;

        Canvas(Chart chart, int height, Locale locale) {
            this(chart, height, locale, chart.series().size() > 1);
        }

        Canvas(Chart chart, int height, Locale locale, boolean legend) {
            this.chart = chart;
            this.numbers = NumberFormat.getNumberInstance(locale);
            numbers.setMaximumFractionDigits(1);
            image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
            g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(new Color(0x333333));
            String text = fit(chart.title() == null ? "" : chart.title(), WIDTH - 40, 24f);
            glyphs.draw(g, text, (WIDTH - glyphs.width(g, text, 24f)) / 2, 34, 24f);
            int top = 60;
            if (legend) {
                int x = 40;
                for (int s = 0; s < chart.series().size(); s++) {
                    String name = chart.series().get(s).name();
                    int w = 26 + glyphs.width(g, name, 16f) + 20;
                    if (x + w > WIDTH - 40) {
                        x = 40;
                        top += 24;
                    }
                    g.setColor(PALETTE[s % PALETTE.length]);
                    g.fillRect(x, top - 2, 18, 14);
                    g.setColor(Color.DARK_GRAY);
                    glyphs.draw(g, name, x + 24, top + 11, 16f);
                    x += w;
                }
                top += 30;
            }
            plotTop = top;
            plotBottom = height - 30;
        }

        int widest(List<String> labels) {
            return labels.stream().mapToInt(l -> glyphs.width(g, l, SIZE)).max().orElse(0);
        }

        String format(double value) {
            return numbers.format(value);
        }

        String fit(String text, int width, float size) {
            if (glyphs.width(g, text, size) <= width) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && glyphs.width(g, cut + "…", size) > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "…";
        }

        /** Grid lines and the values' labels at five steps from zero to the top. */
        void valueAxis(double top, int left, int right, int bottom, boolean horizontal) {
            for (int i = 0; i <= 5; i++) {
                double v = top * i / 5;
                String label = format(v);
                if (horizontal) {
                    int x = left + (right - left) * i / 5;
                    g.setColor(GRID);
                    g.drawLine(x, plotTop, x, bottom);
                    g.setColor(AXIS);
                    glyphs.draw(g, label, x - glyphs.width(g, label, SIZE) / 2, bottom + 20, SIZE);
                } else {
                    int y = bottom - (bottom - plotTop) * i / 5;
                    g.setColor(GRID);
                    g.drawLine(left, y, right, y);
                    g.setColor(AXIS);
                    glyphs.draw(g, label, left - 8 - glyphs.width(g, label, SIZE), y + 5, SIZE);
                }
            }
            g.setColor(AXIS);
            if (horizontal) {
                g.drawLine(left, plotTop, left, bottom);
            } else {
                g.drawLine(left, bottom, right, bottom);
            }
        }

        void labelRight(String text, int right, int middle) {
            String label = fit(text, 260, SIZE);
            g.setColor(AXIS);
            glyphs.draw(g, label, right - glyphs.width(g, label, SIZE), middle + 5, SIZE);
        }

        void labelBelow(String text, int center, int top, int width) {
            String label = fit(text, Math.max(30, width), SIZE);
            g.setColor(AXIS);
            glyphs.draw(g, label, center - glyphs.width(g, label, SIZE) / 2, top + 14, SIZE);
        }

        void number(double value, int x, int y, boolean above) {
            String label = format(value);
            g.setColor(Color.DARK_GRAY);
            if (above) {
                glyphs.draw(g, label, x - glyphs.width(g, label, SIZE) / 2, y, SIZE);
            } else {
                glyphs.draw(g, label, x, y + 5, SIZE);
            }
        }

        BufferedImage done() {
            g.dispose();
            return image;
        }
    }
}
