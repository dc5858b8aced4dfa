package org.iptalent.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Charts drawn headless as PNG: their size, their bars and slices where the values put them, Chinese labels drawn. */
class ChartImagesTests {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private final ChartImages charts = new ChartImages();

    @Test
    void aBarChartIsASmallPngDataUriWithItsBarsInProportion() throws IOException {
        String uri = charts.bar(Chart.of("人才总量", List.of("北京", "上海", "广东"), "人数", List.of(100.0, 50.0, 0.0)),
                false, ZH);
        assertThat(uri).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
        assertThat(png.length).isBetween(1_000, 150_000);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(500);
        keep("bar", png);

        // the first bar reaches the axis's top (100), the second half way, the third not at all
        int tallest = barHeight(image, column(0, 3));
        int half = barHeight(image, column(1, 3));
        assertThat(tallest).isGreaterThan(300);
        assertThat(half).isCloseTo(tallest / 2, org.assertj.core.data.Offset.offset(3));
        assertThat(barHeight(image, column(2, 3))).isZero();
    }

    @Test
    void chineseLabelsAreDrawnInTheShippedFont() {
        Chart labelled = Chart.of("知识产权人才", List.of("专利代理", "商标审查"), "人数", List.of(3.0, 4.0));
        Chart blank = Chart.of("", List.of("", ""), "人数", List.of(3.0, 4.0));
        BufferedImage withText = charts.barImage(labelled, false, ZH);
        BufferedImage without = charts.barImage(blank, false, ZH);
        // the title's band differs only by the Chinese glyphs drawn (a missing glyph would draw nothing or boxes)
        int[] a = withText.getRGB(0, 0, 1000, 50, null, 0, 1000);
        int[] b = without.getRGB(0, 0, 1000, 50, null, 0, 1000);
        long dark = Arrays.stream(a).filter(p -> (p & 0xff) < 128).count();
        assertThat(dark).isGreaterThan(150);
        assertThat(Arrays.stream(b).filter(p -> (p & 0xff) < 128).count()).isZero();
    }

    @Test
    void digitsAndLatinLettersAreDrawnTooNotMissingGlyphBoxes() {
        // the CJK font has no digits: each would be the same empty box, so two different numbers would look alike
        int[] a = charts.barImage(Chart.of("2024 IP", List.of("a"), "s", List.of(1.0)), false, ZH)
                .getRGB(0, 0, 1000, 50, null, 0, 1000);
        int[] b = charts.barImage(Chart.of("8531 XY", List.of("a"), "s", List.of(1.0)), false, ZH)
                .getRGB(0, 0, 1000, 50, null, 0, 1000);
        assertThat(Arrays.stream(a).filter(p -> (p & 0xff) < 128).count()).isGreaterThan(50);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void manyCategoriesAreHorizontalBarsOneLineEach() throws IOException {
        List<String> provinces = java.util.stream.IntStream.range(0, 31).mapToObj(i -> "省份" + i).toList();
        List<Double> values = java.util.stream.IntStream.range(0, 31).mapToObj(i -> (double) i * 10).toList();
        BufferedImage image = charts.barImage(Chart.of("各省", provinces, "人数", values), false, ZH);
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(110 + 24 * 31);
        keep("horizontal", ChartImages.png(image));
    }

    @Test
    void stackedBarsAddUpAndLinesAndPiesDraw() throws IOException {
        Chart teams = new Chart("队伍", List.of("2023", "2024"), List.of(
                new Chart.Series("保护", List.of(10.0, 20.0)), new Chart.Series("运用", List.of(10.0, 20.0))));
        BufferedImage stacked = charts.barImage(teams, true, ZH);
        keep("stacked", ChartImages.png(stacked));
        int second = barHeight(stacked, column(1, 2));
        int first = barHeight(stacked, column(0, 2));
        assertThat(second).isCloseTo(2 * first, org.assertj.core.data.Offset.offset(4));

        BufferedImage line = charts.lineImage(teams, ZH);
        keep("line", ChartImages.png(line));
        assertThat(line.getHeight()).isEqualTo(500);

        BufferedImage pie = charts.pieImage(Chart.of("学历", List.of("博士", "硕士"), "人数", List.of(1.0, 3.0)), ZH);
        keep("pie", ChartImages.png(pie));
        // the pie's disc starts at x 60; its upper-left quarter is the second slice (three quarters, drawn clockwise
        // from the top after the first quarter)
        int radius = (pie.getHeight() - 30 - 60) / 2;
        assertThat(pie.getRGB(60 + radius - radius / 2, 60 + radius - radius / 2) & 0xffffff).isEqualTo(0x91cc75);
        assertThat(pie.getRGB(60 + radius + radius / 2, 60 + radius - radius / 2) & 0xffffff).isEqualTo(0x5470c6);
    }

    @Test
    void theAxisTopIsARoundNumberAndASeriesMustFitItsCategories() {
        assertThat(ChartImages.niceTop(0)).isEqualTo(1);
        assertThat(ChartImages.niceTop(87)).isEqualTo(100);
        assertThat(ChartImages.niceTop(101)).isEqualTo(200);
        assertThat(ChartImages.niceTop(2300)).isEqualTo(2500);
        assertThatThrownBy(() -> Chart.of("x", List.of("a", "b"), "s", List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The x in the middle of a vertical chart's n-th bar of n (plot from 90 to 970, bars 70 % of their band). */
    private static int column(int index, int of) {
        double band = (970 - 90) / (double) of;
        return (int) (90 + index * band + band / 2);
    }

    /** How many pixels of the first palette colour (or the second, stacked) a column holds. */
    private static int barHeight(BufferedImage image, int x) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            int rgb = image.getRGB(x, y) & 0xffffff;
            if (rgb == 0x5470c6 || rgb == 0x91cc75) {
                count++;
            }
        }
        return count;
    }

    private static void keep(String name, byte[] png) throws IOException {
        Path directory = Path.of("target", "charts");
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), png);
    }
}
