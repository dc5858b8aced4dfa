/**
 * The audit log: an append-only, hash-chained record of every change to business data, every
 * login, lockout, logout, export and permission change. {@link org.iptalent.audit.AuditLog} writes
 * an entry in the caller's transaction, so a change and its entry commit or roll back together.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.iptalent.audit;
