package org.iptalent.expert.thinktank;

import org.iptalent.audit.AuditText;
import org.iptalent.organisation.OrganisationReferences;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The think tanks' side of an organisation merge: the think tanks a duplicate hosted are hosted by the survivor, in
 * the merge's transaction, each think tank's version moved on so that an edit begun before the merge is stale.
 */
@Component
@Order(40)
class ThinkTankHosts implements OrganisationReferences {

    private final JdbcTemplate jdbc;

    ThinkTankHosts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditText move(long duplicateId, long survivorId) {
        int moved = jdbc.update("""
                update think_tank set host_organisation_id = ?, version = version + 1, updated_at = now()
                where host_organisation_id = ?""", survivorId, duplicateId);
        return moved == 0 ? null : AuditText.message("thinktank.audit.hostsMoved", moved);
    }
}
