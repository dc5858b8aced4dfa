package org.iptalent.training.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * The training-satisfaction score against the plan's target, in the reader's scope: for one year (or every year),
 * per province and per base inside it, with the total and the total of each year.
 *
 * @param year             the year shown, or null for every year together
 * @param region           the province asked for, or null for the whole scope
 * @param minimumResponses responses a closed survey needs before its responses count in a score
 */
public record SatisfactionReport(Integer year, String region, int target, int minimumResponses, List<Integer> years,
        Line total, List<Province> provinces, List<YearLine> byYear) {

    /**
     * Counts and the score of a set of closed surveys: the mean of every response's score (each response counts
     * once) in the surveys with the minimum of responses, its gap to the target, and the share of trainees who
     * answered.
     */
    public record Line(long classes, long invited, long responses, BigDecimal score, BigDecimal gap,
            BigDecimal rate) {

        public boolean belowTarget() {
            return gap != null && gap.signum() < 0;
        }
    }

    public record Province(String code, Line line, List<BaseLine> bases) {
    }

    public record BaseLine(long baseId, String name, String regionCode, Line line) {
    }

    public record YearLine(int year, Line line) {
    }
}
