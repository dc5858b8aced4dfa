package org.iptalent.audit;

import java.time.Instant;
import java.util.List;

/** A stored audit entry. */
public record AuditRecord(long id, Instant occurredAt, String actor, String sourceIp, AuditAction action,
        String entityType, String entityId, String regionCode, List<FieldChange> changes, String detail) {
}
