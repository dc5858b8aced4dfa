package org.iptalent.training.effect;

import java.math.BigDecimal;
import java.util.List;

/**
 * Training effect on Kirkpatrick's four levels, per program or per base, over the closed classes of a year (or
 * every year) in the reader's scope: reaction (the satisfaction score), learning (the mean gain from pre-test to
 * post-test, in points), behaviour and results (the employers' follow-up, on 100 points).
 *
 * @param by   {@code PROGRAM} or {@code BASE}
 * @param year the year classes ended in, or null for every year
 */
public record EffectReport(Grouping by, Integer year, List<Integer> years, List<Row> rows, Row total) {

    public enum Grouping {
        PROGRAM, BASE
    }

    /** A mean and how many it is the mean of. */
    public record Measure(BigDecimal mean, long count) {
    }

    /**
     * One program or base.
     *
     * @param followUpsSent     follow-ups sent to completed trainees
     * @param followUpsAnswered of which answered
     */
    public record Row(Long id, String name, String regionCode, long classes, Measure reaction, Measure learning,
            Measure behaviour, Measure results, long followUpsSent, long followUpsAnswered) {
    }
}
