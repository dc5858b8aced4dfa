package org.iptalent.analytics.flows;

import java.util.List;

/**
 * Where the plan wants talents to gather: Beijing, Shanghai and the Greater Bay Area's nine Guangdong cities, year by
 * year: their talents at the year's end (joined and moved in, less moved out, since the registry's first record),
 * their share of the country's, and their net inflow of the year (from the rest of the country, less to it).
 */
public record Concentration(List<String> areas, List<Year> years) {

    /** One year's figures, each list in the order of {@link Concentration#areas()}. */
    public record Year(int year, long country, List<Long> talents, List<Double> shares, List<Long> netInflow) {
    }
}
