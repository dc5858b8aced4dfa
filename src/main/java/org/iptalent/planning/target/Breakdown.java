package org.iptalent.planning.target;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * One indicator of a plan region by region, as far as the user sees: the country and its provinces for the national
 * administrator (or one province and its cities when it opens one), a province and its cities for its administrator,
 * a city alone for a city's.
 *
 * @param own         the line of the region the list belongs to
 * @param regions     the regions below it, ranked by progress and sorted as asked
 * @param province    the province opened, null for the country's list
 * @param sum         the listed regions' targets added up, for a count; null for a rate or a score
 * @param month       the month the values are of, null for "now"
 * @param computedAt  when the "now" values were computed
 * @param mayAssign   whether the user assigns the listed regions' targets here
 * @param mayRefine   whether the user refines the own line's target here
 */
public record Breakdown(PlanInfo plan, IndicatorInfo indicator, RegionLine own, List<RegionLine> regions,
        String province, TargetSum sum, YearMonth month, Instant computedAt, boolean sourceThere, boolean mayAssign,
        boolean mayRefine) {

    /** Whether the listed regions are provinces (else a province's cities, or nothing for a city). */
    public boolean provinces() {
        return province == null && !regions.isEmpty();
    }
}
