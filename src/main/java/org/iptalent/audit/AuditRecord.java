package org.iptalent.audit;

import java.time.Instant;
import java.util.List;

/**
 * A stored audit entry. {@code message} is what happened in the reader's language once rendered (null for
 * entries written as free text, whose {@code detail} is shown as it was written).
 */
public record AuditRecord(long id, Instant occurredAt, String actor, String sourceIp, AuditAction action,
        String entityType, String entityId, String regionCode, List<FieldChange> changes, String detail,
        AuditText.Message message) {

    /** This entry with its detail as text: for readers of the API, who get the message rendered in their language. */
    public AuditRecord withDetail(String text) {
        return new AuditRecord(id, occurredAt, actor, sourceIp, action, entityType, entityId, regionCode, changes,
                text, message);
    }
}
