package org.iptalent.training.rotation;

import java.util.List;

/**
 * A campaign's coverage as the database has it now: the totals, and the same by region (cities of a provincial
 * campaign, provinces of a national one), regions with the most members not yet trained first.
 *
 * @param finalCount the cycle has ended: nobody is in progress any more, and these are the campaign's results
 */
public record Coverage(CoverageCount total, List<CoverageCount> regions, boolean finalCount) {

    public Coverage {
        regions = List.copyOf(regions);
    }
}
