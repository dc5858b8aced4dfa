package org.iptalent.audit;

import java.util.List;

/** The audit log's API for other modules. */
public interface AuditLog {

    /** Appends an entry in the caller's transaction (or its own, when there is none). */
    void record(AuditEvent event);

    /** The entries about one record, newest first: the change history shown on profile pages. */
    List<AuditRecord> history(String entityType, String entityId);
}
