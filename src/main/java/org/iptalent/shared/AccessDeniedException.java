package org.iptalent.shared;

/** The current user may see the record but not do this to it (mapped to 403). */
public class AccessDeniedException extends BusinessRuleException {

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
