package org.iptalent.platform.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.iptalent.shared.BusinessRuleException;

/**
 * One reason a form with no object of its own was refused (a sign-in step, a small form on a record's page), as
 * message keys the page resolves in the request's language: {@code fragments/forms :: refused} shows a list of
 * them over the form, like a bound form's refusals ({@link FormRefusals}). {@code labelKey}, when set, names the
 * field at fault the way the form labels it. Serializable: as a flash attribute it crosses a redirect in the session.
 */
public record Refusal(String labelKey, String messageKey, List<Object> arguments) implements Serializable {

    public Refusal {
        // an argument may be null (a blank code echoed back), which List.copyOf refuses
        arguments = arguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    /** The refusals of a form whose messages say by themselves which field is at fault. */
    public static List<Refusal> of(BusinessRuleException refusal) {
        return of(refusal, null);
    }

    /** The refusals of a form whose fields {@code labelPrefix} + the field's name label, each problem with its label. */
    public static List<Refusal> of(BusinessRuleException refusal, String labelPrefix) {
        return FormRefusals.problems(refusal).stream().map(problem -> new Refusal(
                labelPrefix == null || problem.field() == null ? null : labelPrefix + problem.field(),
                problem.messageKey(), problem.arguments())).toList();
    }

    /** A refusal no exception carries (a wrong sign-in, which Spring Security reports). */
    public static List<Refusal> of(String messageKey, Object... arguments) {
        return List.of(new Refusal(null, messageKey, Arrays.asList(arguments)));
    }
}
