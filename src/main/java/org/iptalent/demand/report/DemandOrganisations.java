package org.iptalent.demand.report;

import org.iptalent.audit.AuditText;
import org.iptalent.organisation.OrganisationReferences;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demand's side of an organisation merge: the duplicate's employer accounts report for the survivor, and its
 * reports become the survivor's, except a need the survivor reported itself (its own count stands).
 */
@Component
@Order(60)
class DemandOrganisations implements OrganisationReferences {

    private final JdbcTemplate jdbc;

    DemandOrganisations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditText move(long duplicateId, long survivorId) {
        jdbc.update("update demand_employer set organisation_id = ? where organisation_id = ?", survivorId,
                duplicateId);
        int moved = jdbc.update("""
                update demand_report d set organisation_id = ?, version = version + 1, updated_at = now()
                where d.organisation_id = ? and not exists (select 1 from demand_report s
                  where s.organisation_id = ? and s.survey_year = d.survey_year and s.horizon = d.horizon
                    and s.region_code = d.region_code and s.industry_code = d.industry_code
                    and s.category = d.category and s.education = d.education
                    and coalesce(s.qualification, '') = coalesce(d.qualification, ''))""", survivorId, duplicateId,
                survivorId);
        jdbc.update("delete from demand_report where organisation_id = ?", duplicateId);
        return moved == 0 ? null : AuditText.message("audit.detail.demandReportsMoved", moved);
    }
}
