package org.iptalent.shared;

/**
 * A request that breaks a business rule. {@code messageKey} names a message in the bundles, so the
 * user reads the reason in their own language; {@code field}, when set, is the input at fault.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public BusinessRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments;
    }
}
