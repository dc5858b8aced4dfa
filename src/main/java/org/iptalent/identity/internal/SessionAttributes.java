package org.iptalent.identity.internal;

/** Names of what the identity module keeps in a browser session. */
public final class SessionAttributes {

    public static final String LAST_ACTIVITY = "iptalent.lastActivity";
    public static final String SECURITY_STAMP = "iptalent.securityStamp";

    private SessionAttributes() {
    }
}
