package org.iptalent.analytics.flows;

import java.util.List;

/**
 * Where the plan wants talents to gather: Beijing, Shanghai and the Greater Bay Area's nine Guangdong cities, year by
 * year: their talents at the year's end as the monthly history holds them ({@code registry.talents}), their share of
 * the country's, and their net inflow of the year (moves from the rest of the country, less moves to it). Only the
 * years the history covers are listed.
 */
public record Concentration(List<String> areas, List<Year> years) {

    /**
     * One year's figures, each list in the order of {@link Concentration#areas()}.
     *
     * @param month the history's month the talents are read at ({@code 2025-12}; this year's latest month taken)
     * @param talents an area's talents, null where the history lacks one of its regions
     * @param shares percent of the country's, two decimals, null where the talents are
     * @param netInflow the calendar year's moves in less moves out (this year's: so far)
     */
    public record Year(int year, String month, long country, List<Long> talents, List<Double> shares,
            List<Long> netInflow) {
    }
}
