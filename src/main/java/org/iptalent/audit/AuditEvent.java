package org.iptalent.audit;

import java.util.List;

/**
 * What to record. The actor, time and source address are filled in by the log from the current
 * request; {@code actor} is set only where nobody is signed in yet (a failed login names the
 * user name that was tried).
 */
public record AuditEvent(AuditAction action, String entityType, String entityId, String regionCode,
        List<FieldChange> changes, String detail, String actor) {

    public AuditEvent {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static AuditEvent of(AuditAction action, String entityType, Object entityId) {
        return new AuditEvent(action, entityType, entityId == null ? null : entityId.toString(), null, List.of(),
                null, null);
    }

    public AuditEvent region(String code) {
        return new AuditEvent(action, entityType, entityId, code, changes, detail, actor);
    }

    public AuditEvent changes(Changes value) {
        return new AuditEvent(action, entityType, entityId, regionCode, value.list(), detail, actor);
    }

    public AuditEvent detail(String value) {
        return new AuditEvent(action, entityType, entityId, regionCode, changes, value, actor);
    }

    public AuditEvent actor(String value) {
        return new AuditEvent(action, entityType, entityId, regionCode, changes, detail, value);
    }
}
