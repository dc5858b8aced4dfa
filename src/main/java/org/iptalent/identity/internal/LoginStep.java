package org.iptalent.identity.internal;

/** What a user must still do after the password, in this order, before the platform opens. */
public enum LoginStep {
    VERIFY_SECOND_FACTOR("/login/verify"),
    CHANGE_PASSWORD("/login/password"),
    ENROL_SECOND_FACTOR("/login/enrol");

    private final String path;

    LoginStep(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
