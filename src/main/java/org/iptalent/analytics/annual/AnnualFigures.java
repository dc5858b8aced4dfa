package org.iptalent.analytics.annual;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The figures of a year's report, computed once when the report is drafted and frozen with it: every table of the
 * PDF and the workbook, as codes and numbers, with the names of the rows that come from the reference data in both
 * languages as they were then ({@link RowLabels}); headings and other words come from the bundles when rendered.
 *
 * @param year           the report's year
 * @param month          the month the history's figures are read at (the year's December, or the last month taken)
 * @param supplyCountedOn the day (China's) the gap's supply was counted, as the supply-versus-demand map counts it:
 *                       the registry's active talents then; null in a report drafted before, whose supply was the
 *                       history's talents at {@code month}
 * @param sections       the tables, in the report's order
 */
public record AnnualFigures(int year, String month, String supplyCountedOn, List<Section> sections) {

    /** How a section is drawn beside its table. */
    public enum ChartKind { BAR, STACKED, PIE, NONE }

    /** What a row's label is: a region, a code of a code list, a message key, or an indicator's names. */
    public enum LabelKind { REGION, TEAM, EDUCATION, DISCIPLINE, QUALIFICATION_TYPE, KEY, NAMED, NOT_GIVEN }

    /**
     * One table: its heading's key ({@code analytics.annual.section.<key>}), its chart, the message keys of its label
     * column and value columns, its rows.
     */
    public record Section(String key, ChartKind chart, String labelColumn, List<String> columns, List<Row> rows) {

        public Section {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row: its label (a kind and a code; for {@link LabelKind#NAMED} the code is the Chinese name and {@code
     * english} the English one; for a row of the reference data, its {@code chinese} and {@code english} names frozen
     * when drafted, null in a report drafted before they were) and one value per column (null: no value).
     */
    public record Row(LabelKind kind, String code, String chinese, String english, List<BigDecimal> values) {

        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        public static Row of(LabelKind kind, String code, BigDecimal... values) {
            return new Row(kind, code, null, null, java.util.Arrays.asList(values));
        }
    }

    public AnnualFigures {
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
