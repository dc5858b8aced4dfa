package org.iptalent.planning.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.progress.IndicatorStatus;
import org.iptalent.planning.progress.Projection;

/**
 * A plan's evaluation as the page and the PDF show it, read in the service's transaction, names in the reader's
 * language, every number in its indicator's unit.
 *
 * @param regionCode  '000000' for the country, else the province the evaluation is of
 * @param regionName  null for the country
 * @param rankings    the provinces ranked on each computed indicator with regional targets (the country's only)
 * @param reports     the progress reports per task due up to the evaluation's year, as they stand today
 */
public record Evaluation(long planId, String planName, int startsYear, int endsYear, boolean demonstration,
        EvaluationKind kind, YearMonth month, String regionCode, String regionName, List<Line> indicators,
        List<Ranking> rankings, List<TaskReports> reports, Instant generatedAt) {

    /** One indicator as of the evaluation's month; the projection only for a mid-term evaluation. */
    public record Line(String code, String name, IndicatorUnit unit, Indicator.Direction direction, int targetYear,
            BigDecimal value, BigDecimal target, BigDecimal progress, IndicatorStatus status, Projection projection,
            boolean sourceThere) {
    }

    /** The provinces on one indicator, furthest first. */
    public record Ranking(String code, String name, IndicatorUnit unit, Indicator.Direction direction,
            List<Place> places) {
    }

    /** A province's place: equal progress shares a place; none without a value or a target. */
    public record Place(Integer rank, String regionCode, String regionName, BigDecimal value, BigDecimal target,
            BigDecimal progress, boolean met) {
    }

    /** One task's reports for the periods up to the evaluation's year in the regions in view, by where they stand. */
    public record TaskReports(String label, String title, int submitted, int accepted, int returned, int overdue,
            int expected) {
    }

    public boolean national() {
        return regionName == null;
    }
}
