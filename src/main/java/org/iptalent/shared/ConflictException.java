package org.iptalent.shared;

/**
 * A request that conflicts with what is already recorded (the same talent enrolled twice): the API answers 409,
 * a form shows the reason like any other rule's.
 */
public class ConflictException extends BusinessRuleException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
