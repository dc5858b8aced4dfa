package org.iptalent.training.rotation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign as lists and the API show it.
 *
 * @param regionCode the province or city it trains; null for the whole country
 * @param cohort     the registry filters that define its cohort, as stored (JSON)
 * @param coverage   how many members are trained, in progress and not yet, now
 */
public record CampaignView(long id, long version, String name, String regionCode, LocalDate cycleStart,
        LocalDate cycleEnd, RotationCampaign.Phase phase, long members, String cohort, Instant launchedAt,
        Instant membersAt, CoverageCount coverage) {

    static CampaignView of(RotationCampaign campaign, CoverageCount coverage, LocalDate today) {
        return new CampaignView(campaign.getId(), campaign.getVersion(), campaign.getName(), campaign.getRegionCode(),
                campaign.getCycleStart(), campaign.getCycleEnd(), campaign.phase(today), coverage.members(),
                campaign.getCohortFilter(), campaign.getLaunchedAt(), campaign.getMembersAt(), coverage);
    }
}
