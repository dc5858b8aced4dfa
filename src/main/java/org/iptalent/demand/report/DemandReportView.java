package org.iptalent.demand.report;

import java.time.Instant;

import org.iptalent.demand.DemandHorizon;

/** A reported need as lists and the API show it, with its employer's name. */
public record DemandReportView(long id, long organisationId, String organisationName, int year, DemandHorizon horizon,
        String regionCode, String industryCode, String team, String category, String qualification, String education,
        int count, Instant reportedAt) {

    static DemandReportView of(DemandReport r, String organisationName) {
        return new DemandReportView(r.getId(), r.getOrganisationId(), organisationName, r.getSurveyYear(),
                r.getHorizon(), r.getRegionCode(), r.getIndustryCode(), r.getTeam(), r.getCategory(),
                r.getQualification(), r.getEducation(), r.getHeadcount(), r.getCreatedAt());
    }
}
