package org.iptalent.organisation;

import org.iptalent.audit.AuditText;

/**
 * Implemented by a module whose records name an organisation (the registry: a talent's employer), to move them
 * when a duplicate organisation is merged away. It is called inside the merge's transaction, so the move commits
 * or rolls back with the merge; an event could not promise that, nor report what it moved for the audit entry.
 */
public interface OrganisationReferences {

    /**
     * Makes the module's records that name {@code duplicateId} name {@code survivorId}, keeping whatever history
     * it owes them, and says what moved for the merge's audit entry, as a message the entry renders in its
     * reader's language ("12 talents moved"), or null when none of its records named the duplicate (a module
     * unrelated to the organisation stays out of the entry).
     */
    AuditText move(long duplicateId, long survivorId);
}
