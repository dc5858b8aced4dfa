package org.iptalent.registry;

import org.iptalent.audit.AuditText;

/**
 * Implemented by a module whose records name a talent (training: enrollments, rotation memberships, nominations,
 * survey invitations, follow-ups; certificates), to move them when a duplicate talent is merged into the record
 * that stays. The duplicate is hidden once merged, so a record left on it drops out of the person's profile, hours
 * and certificates. It is called inside the merge's transaction, so the move commits or rolls back with the merge.
 */
public interface TalentReferences {

    /**
     * Makes the module's records that name {@code duplicateId} name {@code survivorId}, in set-based statements
     * (a talent may have hundreds of records), and says what moved for the survivor's merge entry, as a message
     * rendered in its reader's language ("3 enrollments"), or null when none of its records named the duplicate.
     * Where a rule allows one record per talent (one enrollment in a class), the module keeps one on the survivor
     * and leaves the other on the duplicate, and its text says so.
     */
    AuditText move(long duplicateId, long survivorId);
}
