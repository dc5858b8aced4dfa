package org.iptalent.demand.supply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.registry.TalentSupply.SupplyCount;

/**
 * The supply an employer sees: talents by team (rows) and education (columns) with each row's total, every count
 * from 1 to {@code threshold - 1} suppressed so that nobody can be singled out, and where a row would have exactly
 * one suppressed cell beside its shown total, its next smallest count suppressed too (else the total less the others
 * would give the hidden one away).
 */
public record SupplyTable(List<String> educations, List<Row> rows, int threshold) {

    /** The default smallest count shown. */
    public static final int THRESHOLD = 5;
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
            boolean[] hidden = new boolean[columns.size()];
            long total = 0;
            int suppressed = 0;
            for (int i = 0; i < columns.size(); i++) {
                values[i] = byCell.getOrDefault(team + "|" + columns.get(i), 0L);
                total += values[i];
                if (small(values[i], threshold)) {
                    hidden[i] = true;
                    suppressed++;
                }
            }
            boolean totalHidden = small(total, threshold);
            if (suppressed == 1 && !totalHidden) {
                int next = -1;
                for (int i = 0; i < columns.size(); i++) {
                    if (!hidden[i] && values[i] > 0 && (next < 0 || values[i] < values[next])) {
                        next = i;
                    }
                }
                if (next >= 0) {
                    hidden[next] = true;
                }
            }
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(new Cell(hidden[i] ? null : values[i]));
            }
            rows.add(new Row(team, cells, new Cell(totalHidden ? null : total)));
        }
        rows.sort(Comparator.comparingInt(r -> teams.indexOf(r.team())));
        return new SupplyTable(columns, rows, threshold);
    }

    private static boolean small(long value, int threshold) {
        return value > 0 && value < threshold;
    }
}
