package org.iptalent.registry.internal;

import org.iptalent.audit.AuditText;
import org.iptalent.organisation.OrganisationMerged;
import org.iptalent.organisation.OrganisationReferences;
import org.iptalent.organisation.OrganisationRenamed;
import org.iptalent.registry.internal.search.SearchIndexer;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The registry's side of the organisations a talent works for: a merge moves the duplicate's staff to the
 * survivor inside the merge's transaction, and a rename or merge replaces the staff's search documents, which
 * carry their employer's name, once committed (the indexer reads committed rows, and a change rolled back
 * must leave them as they were).
 */
@Component
@Order(10)
class OrganisationStaff implements OrganisationReferences {

    private final JdbcTemplate jdbc;
    private final SearchIndexer indexer;

    OrganisationStaff(JdbcTemplate jdbc, SearchIndexer indexer) {
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    /** Moves the talents in bulk, in the merge's transaction, each move recorded as a flow whose source is the merge. */
    @Override
    public AuditText move(long duplicateId, long survivorId) {
        int moved = jdbc.update("""
                with moved as (
                  update talent set employer_id = ?, version = version + 1, updated_at = now()
                  where employer_id = ? returning id, region_code)
                insert into talent_flow (talent_id, moved_at, from_employer_id, to_employer_id, from_region_code,
                  to_region_code, source)
                select id, now(), ?, ?, region_code, region_code, 'MERGE' from moved""",
                survivorId, duplicateId, duplicateId, survivorId);
        return AuditText.message("audit.detail.talentsMoved", moved);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(OrganisationRenamed renamed) {
        reindexStaff(renamed.id());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(OrganisationMerged merged) {
        reindexStaff(merged.intoId());
    }

    private void reindexStaff(long organisationId) {
        indexer.replace(jdbc.queryForList("select id from talent where employer_id = ?", Long.class,
                organisationId));
    }
}
