package org.iptalent.platform.chart;

import java.util.List;

/**
 * What a chart shows: its title, the categories along its axis (or a pie's slices) and one or more series of values,
 * one value per category (null: no value). The caller writes every text in the reader's language.
 */
public record Chart(String title, List<String> categories, List<Series> series) {

    /** A named row of values, one per category; its name is the legend's when there are several. */
    public record Series(String name, List<Double> values) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** A chart of one series. */
    public static Chart of(String title, List<String> categories, String seriesName, List<Double> values) {
        return new Chart(title, categories, List.of(new Series(seriesName, values)));
    }
}
