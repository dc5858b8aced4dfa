package org.iptalent.analytics.supplydemand;

/**
 * What the map is asked for, as typed (blank: the default): the level, the region whose parts to show, the team,
 * category and industry, the demand's survey year and horizon.
 */
public record SupplyDemandQuery(String level, String region, String team, String category, String industry,
        Integer year, String horizon) {

    public SupplyDemandQuery withLevel(String newLevel, String newRegion) {
        return new SupplyDemandQuery(newLevel, newRegion, team, category, industry, year, horizon);
    }
}
