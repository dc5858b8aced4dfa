package org.iptalent.audit;

import java.util.EnumSet;
import java.util.Set;

/** What an audit entry records. */
public enum AuditAction {
    CREATE, UPDATE, DELETE,
    LOGIN_SUCCESS, LOGIN_FAILURE, LOGIN_LOCKED, LOGOUT, SESSION_EXPIRED,
    PASSWORD_CHANGE, MFA_ENROLLED, MFA_RESET,
    PERMISSION_CHANGE, TOKEN_CREATED, TOKEN_REVOKED,
    IMPORT, EXPORT, CHAIN_VERIFIED;

    /**
     * Signing in and out, which an active account does daily: a history shows them only when asked, so that its
     * changes are not drowned. A lockout is no routine sign-in and stays in view.
     */
    public static final Set<AuditAction> SIGN_INS = EnumSet.of(LOGIN_SUCCESS, LOGIN_FAILURE, LOGOUT, SESSION_EXPIRED);
}
