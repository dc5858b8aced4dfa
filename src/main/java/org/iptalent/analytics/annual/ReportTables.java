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
import org.iptalent.platform.disclosure.SmallCounts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report's frozen figures as tables in the reader's language: headings and column headers from the bundles,
 * row labels as frozen with the figures (or from the bundles), numbers written for reading (grouped) or for a workbook (plain). The PDF, the
 * workbook and the page all show these same tables.
 */
@Component
public class ReportTables {

    /** A column that holds a year: written as is, never grouped. */
    private static final String YEAR_COLUMN = "analytics.annual.col.targetYear";

    /** The table of provinces by team, whose small team counts a published file hides. */
    private static final String REGIONS = "regions";
    private static final String TEAM_COLUMN = "analytics.annual.col.team.";
    /** The tables of demand against supply, whose footnote says which talents are the supply. */
    private static final List<String> DEMAND = List.of("demandTeams", "demandRegions");

    /**
     * One table: its heading, its headers (the label's first), its rows of label and values, a footnote (null: none).
     */
    public record Table(String key, String title, ChartKind chart, List<String> headers, List<List<String>> rows,
            List<List<String>> plainRows, Section section, String note) {
    }

    private final MessageSource messages;
    private final RowLabels labels;
    private final ChartImages charts;

    ReportTables(MessageSource messages, RowLabels labels, ChartImages charts) {
        this.messages = messages;
        this.labels = labels;
        this.charts = charts;
    }

    /** The tables as the national office sees them: every figure. */
    public List<Table> tables(AnnualFigures figures, Locale locale) {
        return tables(figures, locale, false);
    }

    /**
     * The tables; for a published file ({@code published}), which anyone may download, the provinces' small team
     * counts hidden ({@link #hiddenTeamCounts}). The frozen figures themselves stay as they are.
     */
    public List<Table> tables(AnnualFigures figures, Locale locale, boolean published) {
        String fewer = message("analytics.annual.fewer", locale, String.valueOf(SmallCounts.THRESHOLD));
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        List<Table> tables = new ArrayList<>();
        for (Section section : figures.sections()) {
            List<String> headers = new ArrayList<>();
            headers.add(message(section.labelColumn(), locale));
            section.columns().forEach(c -> headers.add(message(c, locale)));
            List<List<String>> rows = new ArrayList<>();
            List<List<String>> plain = new ArrayList<>();
            boolean suppress = published && section.key().equals(REGIONS);
            boolean[][] hidden = suppress ? hiddenTeamCounts(section) : null;
            for (int r = 0; r < section.rows().size(); r++) {
                Row row = section.rows().get(r);
                List<String> shown = new ArrayList<>();
                List<String> raw = new ArrayList<>();
                String label = label(row, locale);
                shown.add(label);
                raw.add(label);
                for (int c = 0; c < row.values().size(); c++) {
                    BigDecimal value = row.values().get(c);
                    boolean year = YEAR_COLUMN.equals(section.columns().get(c));
                    if (hidden != null && hidden[c][r]) {
                        shown.add(fewer);
                        raw.add(fewer);
                        continue;
                    }
                    shown.add(value == null ? "—" : year ? value.toPlainString() : numbers.format(value));
                    raw.add(value == null ? "" : value.stripTrailingZeros().toPlainString());
                }
                rows.add(shown);
                plain.add(raw);
            }
            String note = suppress ? message("analytics.annual.smallCounts", locale,
                    String.valueOf(SmallCounts.THRESHOLD - 1), String.valueOf(SmallCounts.THRESHOLD))
                    : DEMAND.contains(section.key()) ? supplyNote(figures, locale) : null;
            tables.add(new Table(section.key(), message("analytics.annual.section." + section.key(), locale),
                    section.chart(), headers, rows, plain, section, note));
        }
        return tables;
    }

    /** Which talents the gap's supply counts: the map's active ones on the drafting day, or an older draft's. */
    private String supplyNote(AnnualFigures figures, Locale locale) {
        String year = String.valueOf(figures.year());
        return figures.supplyCountedOn() == null
                ? message("analytics.annual.supplyNote.history", locale, year, figures.month())
                : message("analytics.annual.supplyNote", locale, year, figures.supplyCountedOn());
    }

    /**
     * Which of the provinces' team counts a published file hides, by column and row, through the platform's rule
     * ({@link SmallCounts}): each count from 1 to {@code THRESHOLD - 1}. Along a row no more is needed: teams overlap
     * (a talent may be in several, or none), so a province's talents are not the sum of its teams and give no hidden
     * one back. Down a column they are: each talent lies in one province, so a team's provinces add up to the
     * national figure the table by team shows, and a column with one hidden count hides its next smallest too.
     */
    static boolean[][] hiddenTeamCounts(Section section) {
        boolean[][] hidden = new boolean[section.columns().size()][];
        for (int c = 0; c < section.columns().size(); c++) {
            if (!section.columns().get(c).startsWith(TEAM_COLUMN)) {
                hidden[c] = new boolean[section.rows().size()];
                continue;
            }
            int column = c;
            long[] counts = section.rows().stream().map(r -> r.values().get(column))
                    .mapToLong(v -> v == null ? 0 : v.longValue()).toArray();
            hidden[c] = SmallCounts.hidden(counts, true, SmallCounts.THRESHOLD);
        }
        return hidden;
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

    /** A row's name: the reference data's as frozen with the figures, the bundles' or the indicator's own. */
    private String label(Row row, Locale locale) {
        return switch (row.kind()) {
            case KEY -> message(row.code(), locale);
            case NAMED -> "en".equals(locale.getLanguage()) && row.english() != null ? row.english() : row.code();
            case NOT_GIVEN -> message("analytics.annual.notGiven", locale);
            default -> labels.label(row, locale);
        };
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
