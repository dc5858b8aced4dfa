package org.iptalent.analytics.annual;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.iptalent.analytics.annual.AnnualFigures.ChartKind;
import org.iptalent.analytics.annual.AnnualFigures.Row;
import org.iptalent.analytics.annual.AnnualFigures.Section;
import org.iptalent.platform.chart.Chart;
import org.iptalent.platform.chart.ChartImages;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report's frozen figures as tables in the reader's language: headings, column headers and row labels from the
 * bundles and the code lists, numbers written for reading (grouped) or for a workbook (plain). The PDF, the
 * workbook and the page all show these same tables.
 */
@Component
public class ReportTables {

    /** A column that holds a year: written as is, never grouped. */
    private static final String YEAR_COLUMN = "analytics.annual.col.targetYear";

    /** One table: its heading, its headers (the label's first), its rows of label and values. */
    public record Table(String key, String title, ChartKind chart, List<String> headers, List<List<String>> rows,
            List<List<String>> plainRows, Section section) {
    }

    private final MessageSource messages;
    private final ReferenceData reference;
    private final ChartImages charts;

    ReportTables(MessageSource messages, ReferenceData reference, ChartImages charts) {
        this.messages = messages;
        this.reference = reference;
        this.charts = charts;
    }

    public List<Table> tables(AnnualFigures figures, Locale locale) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        List<Table> tables = new ArrayList<>();
        for (Section section : figures.sections()) {
            List<String> headers = new ArrayList<>();
            headers.add(message(section.labelColumn(), locale));
            section.columns().forEach(c -> headers.add(message(c, locale)));
            List<List<String>> rows = new ArrayList<>();
            List<List<String>> plain = new ArrayList<>();
            for (Row row : section.rows()) {
                List<String> shown = new ArrayList<>();
                List<String> raw = new ArrayList<>();
                String label = label(row, locale);
                shown.add(label);
                raw.add(label);
                for (int c = 0; c < row.values().size(); c++) {
                    BigDecimal value = row.values().get(c);
                    boolean year = YEAR_COLUMN.equals(section.columns().get(c));
                    shown.add(value == null ? "—" : year ? value.toPlainString() : numbers.format(value));
                    raw.add(value == null ? "" : value.stripTrailingZeros().toPlainString());
                }
                rows.add(shown);
                plain.add(raw);
            }
            tables.add(new Table(section.key(), message("analytics.annual.section." + section.key(), locale),
                    section.chart(), headers, rows, plain, section));
        }
        return tables;
    }

    /**
     * A table's chart as a PNG {@code data:} URI, or null when it has none or nothing to draw: bars of the first
     * column (and the second when it compares the year with the previous one or demand with supply), a pie of the
     * first column.
     */
    public String chart(Table table, Locale locale) {
        Section section = table.section();
        if (section.chart() == ChartKind.NONE || section.rows().isEmpty()) {
            return null;
        }
        List<String> categories = table.rows().stream().map(r -> r.get(0)).toList();
        int series = section.chart() == ChartKind.PIE || section.columns().size() < 2
                || section.key().equals("regions") || section.columns().get(1).endsWith(".share") ? 1 : 2;
        List<Chart.Series> drawn = new ArrayList<>();
        for (int c = 0; c < series; c++) {
            int column = c;
            drawn.add(new Chart.Series(table.headers().get(c + 1), section.rows().stream()
                    .map(r -> r.values().get(column) == null ? null : r.values().get(column).doubleValue()).toList()));
        }
        if (drawn.stream().allMatch(s -> s.values().stream().allMatch(v -> v == null || v == 0))) {
            return null;
        }
        Chart chart = new Chart(table.title(), categories, drawn);
        return switch (section.chart()) {
            case PIE -> charts.pie(chart, locale);
            case STACKED -> charts.bar(chart, true, locale);
            default -> charts.bar(chart, false, locale);
        };
    }

    private String label(Row row, Locale locale) {
        return switch (row.kind()) {
            case REGION -> reference.regionName(row.code(), locale);
            case TEAM -> term(TaxonomyKind.TEAM, row.code(), locale);
            case EDUCATION -> term(TaxonomyKind.EDUCATION, row.code(), locale);
            case DISCIPLINE -> term(TaxonomyKind.DISCIPLINE, row.code(), locale);
            case QUALIFICATION_TYPE -> term(TaxonomyKind.QUALIFICATION_TYPE, row.code(), locale);
            case KEY -> message(row.code(), locale);
            case NAMED -> "en".equals(locale.getLanguage()) && row.english() != null ? row.english() : row.code();
            case NOT_GIVEN -> message("analytics.annual.notGiven", locale);
        };
    }

    private String term(TaxonomyKind kind, String code, Locale locale) {
        return reference.term(kind, code).map(t -> t.name(locale)).orElse(code);
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
