package org.iptalent.notification.internal;

/** Where a notice's e-mail stands. */
public enum EmailStatus {
    /** The notice did not ask to be e-mailed. */
    NONE,
    /** Waiting for the outbox job (after its transaction committed, or after a failed attempt's backoff). */
    PENDING,
    SENT,
    /** Not sent and never will be: no SMTP server is configured, or the recipient has no address. */
    NOT_SENT,
    /** Refused or unreachable after every attempt. */
    FAILED
}
