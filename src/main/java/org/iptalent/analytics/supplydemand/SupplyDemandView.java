package org.iptalent.analytics.supplydemand;

import java.time.Instant;
import java.util.List;

/**
 * The supply and demand of one filter, by region: the registry's active talents now against the staff the employers
 * reported needing in a survey year at a horizon, with the gap (demand less supply: positive a shortage, negative a
 * surplus).
 *
 * @param level   PROVINCE (the country's provinces) or CITY (a province's prefecture-level cities)
 * @param region  the region whose parts are the rows: 000000 for the country, else a province or a city
 * @param name    the region's name in the request's language
 * @param team    the team's code, or null for every team
 * @param category the category's code, or null for every category
 * @param industry the industry's code, or null for every industry
 * @param year    the demand's survey year
 * @param horizon when the demand is for: NOW, Y1, Y3 or Y5
 * @param rows    one row per region, in code order; a province's own row (its code) holds what names no city
 * @param totals  the rows' sums
 * @param supplyCountedAt when the supply was counted, for the country's figures of a large registry (a summary
 *                rebuilt every few minutes); null when counted for this answer
 */
public record SupplyDemandView(String level, String region, String name, String team, String category,
        String industry, int year, String horizon, List<Row> rows, Figures totals, Instant supplyCountedAt) {

    /** A region's or an industry's figures. */
    public record Row(String region, String name, long supply, long demand, long gap) {
    }

    /** Supply, demand and gap. */
    public record Figures(long supply, long demand, long gap) {
    }
}
