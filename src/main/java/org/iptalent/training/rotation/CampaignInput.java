package org.iptalent.training.rotation;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A campaign as an administrator launches it: its name, region (blank: the whole country, for the national
 * administrator), cycle, and the registry filters that define its cohort inside that region.
 */
public record CampaignInput(String name, String regionCode,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate cycleStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate cycleEnd,
        String q, String team, String category, String qualification, String education, String discipline,
        String industry, String status) {

    public static CampaignInput empty(String regionCode) {
        return new CampaignInput(null, regionCode, null, null, null, null, null, null, null, null, null, null);
    }
}
