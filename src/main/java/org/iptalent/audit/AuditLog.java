package org.iptalent.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The audit log's API for other modules. */
public interface AuditLog {

    /** Appends an entry in the caller's transaction (or its own, when there is none). */
    void record(AuditEvent event);

    /** The entries about one record, newest first: the change history shown on profile pages. */
    List<AuditRecord> history(String entityType, String entityId);

    /**
     * A page of the entries about one record, newest first, without its {@link AuditAction#SIGN_INS} unless
     * {@code withSignIns}: an account's history, where daily sign-ins would bury every change.
     */
    Page<AuditRecord> history(String entityType, String entityId, boolean withSignIns, Pageable pageable);

    /** How many of the entries about one record are {@link AuditAction#SIGN_INS}. */
    long signIns(String entityType, String entityId);
}
