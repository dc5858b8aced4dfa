package org.iptalent.shared;

import java.util.List;

/**
 * Input that breaks several rules at once: every field's problem, so that a form or an API client
 * can show them all together (and an import can write them all into the error report).
 */
public class InvalidInputException extends BusinessRuleException {

    public record Problem(String field, String messageKey, List<Object> arguments) {
        public Problem(String field, String messageKey) {
            this(field, messageKey, List.of());
        }
    }

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? null : problems.get(0).field(),
                problems.isEmpty() ? "problem.invalid" : problems.get(0).messageKey(),
                problems.isEmpty() ? new Object[0] : problems.get(0).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
