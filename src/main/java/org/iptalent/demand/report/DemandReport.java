package org.iptalent.demand.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.iptalent.demand.DemandHorizon;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.RegionScoped;

/**
 * One need an employer reported: how many staff of a category and education it needs where, in which industry, by
 * when. Built only from input {@link DemandRules} passed; its place is the region scope's subject.
 */
@Entity
@Table(name = "demand_report")
public class DemandReport extends AbstractEntity implements RegionScoped {

    private long organisationId;
    private int surveyYear;
    @Enumerated(EnumType.STRING)
    private DemandHorizon horizon;
    private String regionCode;
    private String provinceCode;
    private String cityCode;
    private String industryCode;
    private String team;
    private String category;
    private String qualification;
    private String education;
    private int headcount;
    private Long reportedBy;

    protected DemandReport() {
    }

    DemandReport(long organisationId, DemandRules.Checked need, long reportedBy) {
        this.organisationId = organisationId;
        this.surveyYear = need.year();
        this.horizon = need.horizon();
        this.regionCode = need.regionCode();
        this.provinceCode = need.regionCode().substring(0, 2) + "0000";
        this.cityCode = need.regionCode().endsWith("0000") ? null : need.regionCode().substring(0, 4) + "00";
        this.industryCode = need.industryCode();
        this.team = need.team();
        this.category = need.category();
        this.qualification = need.qualification();
        this.education = need.education();
        this.headcount = need.count();
        this.reportedBy = reportedBy;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getSurveyYear() {
        return surveyYear;
    }

    public DemandHorizon getHorizon() {
        return horizon;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public String getTeam() {
        return team;
    }

    public String getCategory() {
        return category;
    }

    public String getQualification() {
        return qualification;
    }

    public String getEducation() {
        return education;
    }

    public int getHeadcount() {
        return headcount;
    }
}
