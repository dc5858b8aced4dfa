package org.iptalent.certificate.internal;

import org.iptalent.shared.BusinessRuleException;

/** The reason an administrator gives for revoking a certificate or rejecting an upload: required, 500 characters at most. */
final class Reasons {

    static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    static String required(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException(field, "certificate.reason.required");
        }
        if (reason.strip().length() > MAX_LENGTH) {
            throw new BusinessRuleException(field, "field.tooLong", MAX_LENGTH);
        }
        return reason.strip();
    }
}
