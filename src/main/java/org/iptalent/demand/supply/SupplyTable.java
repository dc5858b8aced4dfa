package org.iptalent.demand.supply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.platform.disclosure.SmallCounts;
import org.iptalent.registry.TalentSupply.SupplyCount;

/**
 * The supply an employer sees: talents by team (rows) and education (columns) with each row's total, small counts
 * hidden by the platform's rule ({@link SmallCounts}): every count from 1 to {@code threshold - 1}, and where a row
 * would have exactly one hidden cell beside its shown total, its next smallest count too (each talent has one
 * education, so a row's cells add up to its total).
 */
public record SupplyTable(List<String> educations, List<Row> rows, int threshold) {

    /** The column of talents whose education is not recorded. */
    public static final String UNKNOWN = "";

    /** A count, or null when suppressed. */
    public record Cell(Long count) {
        public boolean suppressed() {
            return count == null;
        }
    }

    public record Row(String team, List<Cell> cells, Cell total) {
    }

    public static SupplyTable of(List<SupplyCount> counts, List<String> teams, List<String> educations,
            int threshold) {
        List<String> columns = new ArrayList<>(educations);
        columns.add(UNKNOWN);
        Map<String, Long> byCell = new HashMap<>();
        for (SupplyCount c : counts) {
            String education = c.education() == null || !educations.contains(c.education()) ? UNKNOWN
                    : c.education();
            byCell.merge(c.team() + "|" + education, c.count(), Long::sum);
        }
        List<Row> rows = new ArrayList<>();
        for (String team : teams) {
            long[] values = new long[columns.size()];
            long total = 0;
            for (int i = 0; i < columns.size(); i++) {
                values[i] = byCell.getOrDefault(team + "|" + columns.get(i), 0L);
                total += values[i];
            }
            boolean totalHidden = SmallCounts.small(total, threshold);
            boolean[] hidden = SmallCounts.hidden(values, !totalHidden, threshold);
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(new Cell(hidden[i] ? null : values[i]));
            }
            rows.add(new Row(team, cells, new Cell(totalHidden ? null : total)));
        }
        rows.sort(Comparator.comparingInt(r -> teams.indexOf(r.team())));
        return new SupplyTable(columns, rows, threshold);
    }
}
