package org.iptalent.training.base;

import org.iptalent.audit.AuditText;
import org.iptalent.organisation.OrganisationReferences;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The training bases' side of an organisation merge: the bases a duplicate hosted are hosted by the survivor, in the
 * merge's transaction, each base's version moved on so that an edit begun before the merge is refused as stale.
 */
@Component
@Order(30)
class BaseHosts implements OrganisationReferences {

    private final JdbcTemplate jdbc;

    BaseHosts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditText move(long duplicateId, long survivorId) {
        int moved = jdbc.update("""
                update training_base set host_organisation_id = ?, version = version + 1, updated_at = now()
                where host_organisation_id = ?""", survivorId, duplicateId);
        return moved == 0 ? null : AuditText.message("audit.detail.trainingBasesMoved", moved);
    }
}
