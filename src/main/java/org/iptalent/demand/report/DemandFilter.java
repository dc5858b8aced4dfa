package org.iptalent.demand.report;

/** What a list of needs is narrowed to; a blank field narrows nothing. */
public record DemandFilter(Integer year, String horizon, String regionCode, String team, String industryCode) {

    public static DemandFilter none() {
        return new DemandFilter(null, null, null, null, null);
    }
}
