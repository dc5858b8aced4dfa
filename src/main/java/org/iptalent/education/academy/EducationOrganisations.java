package org.iptalent.education.academy;

import org.iptalent.audit.AuditText;
import org.iptalent.organisation.OrganisationReferences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A merged university or host: its degree programmes and academies move to the survivor with the merge. */
@Component
class EducationOrganisations implements OrganisationReferences {

    private final JdbcTemplate jdbc;

    EducationOrganisations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditText move(long duplicateId, long survivorId) {
        int programmes = jdbc.update("""
                update degree_programme set university_id = ?, version = version + 1, updated_at = now()
                where university_id = ?""", survivorId, duplicateId);
        int academies = jdbc.update("""
                update ip_academy set host_id = ?, version = version + 1, updated_at = now()
                where host_id = ?""", survivorId, duplicateId);
        return programmes + academies == 0 ? null
                : AuditText.message("education.audit.organisationMerged", programmes, academies);
    }
}
