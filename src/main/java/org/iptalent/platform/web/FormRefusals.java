package org.iptalent.platform.web;

import java.util.Arrays;
import java.util.List;

import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.springframework.validation.BindingResult;

/**
 * The one way a page shows that a rule refused what a form sent. A form bound to an object ({@code th:object}) gets
 * the refusal on its {@link BindingResult}: each problem on the field it names when the form has that field, every
 * other one over the whole form, as message keys with their arguments that the page resolves in the request's
 * language, the values entered kept. The template shows them with {@code fragments/forms :: refusals} over the form
 * and {@code fragments/forms :: feedback} under each field. A small form with no object of its own (a sign-in step,
 * a button on a record's page) passes {@link Refusal}s to the same fragment file instead.
 */
public final class FormRefusals {

    private FormRefusals() {
    }

    /** Puts every problem of {@code refusal} on {@code form}: on its field where the form has it, else over the form. */
    public static void bind(BindingResult form, BusinessRuleException refusal) {
        for (Problem problem : problems(refusal)) {
            Object[] arguments = problem.arguments().toArray();
            if (problem.field() != null && form.getFieldType(problem.field()) != null) {
                form.rejectValue(problem.field(), problem.messageKey(), arguments, problem.messageKey());
            } else {
                form.reject(problem.messageKey(), arguments, problem.messageKey());
            }
        }
    }

    /** A refusal's problems: all of an {@link InvalidInputException}'s, or the one a plain rule gives. */
    static List<Problem> problems(BusinessRuleException refusal) {
        if (refusal instanceof InvalidInputException invalid && !invalid.problems().isEmpty()) {
            return invalid.problems();
        }
        Object[] arguments = refusal.arguments() == null ? new Object[0] : refusal.arguments();
        return List.of(new Problem(refusal.field(), refusal.messageKey(), Arrays.asList(arguments)));
    }
}
