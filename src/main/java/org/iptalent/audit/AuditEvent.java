package org.iptalent.audit;

import java.util.List;

/**
 * What to record. The actor, time and source address are filled in by the log from the current
 * request; {@code actor} is set only where nobody is signed in yet (a failed login names the
 * user name that was tried).
 *
 * <p>What happened beyond the changed fields is told by {@link #message(String, Object...)}: a message key and
 * its arguments, rendered in the reader's language. {@link #detail(String)} keeps text as it was written, for
 * entries from before messages existed and for words a user typed; it is never a sentence composed by code.
 */
public record AuditEvent(AuditAction action, String entityType, String entityId, String regionCode,
        List<FieldChange> changes, String detail, AuditText.Message message, String actor) {

    public AuditEvent {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static AuditEvent of(AuditAction action, String entityType, Object entityId) {
        return new AuditEvent(action, entityType, entityId == null ? null : entityId.toString(), null, List.of(),
                null, null, null);
    }

    public AuditEvent region(String code) {
        return new AuditEvent(action, entityType, entityId, code, changes, detail, message, actor);
    }

    public AuditEvent changes(Changes value) {
        return new AuditEvent(action, entityType, entityId, regionCode, value.list(), detail, message, actor);
    }

    /** Free text, shown as written: prefer {@link #message(String, Object...)} for anything the code says. */
    public AuditEvent detail(String value) {
        return new AuditEvent(action, entityType, entityId, regionCode, changes, value, message, actor);
    }

    /**
     * What happened, as a message of the bundles ({@code audit.detail.*}) with its arguments: text, numbers,
     * {@link AuditText} (a nested message, a region, an industry, a term) or lists of them. Rendered in the
     * reader's language on the audit page, the record's history and the API.
     */
    public AuditEvent message(String key, Object... args) {
        return new AuditEvent(action, entityType, entityId, regionCode, changes, detail, AuditText.message(key, args),
                actor);
    }

    public AuditEvent actor(String value) {
        return new AuditEvent(action, entityType, entityId, regionCode, changes, detail, message, value);
    }
}
