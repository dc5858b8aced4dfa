package org.iptalent.planning.task.web;

import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A small form's change followed by a redirect: the success message, or the refusal (a rule's, or someone else's
 * change meanwhile) under {@code refusals} for the page the redirect shows.
 */
final class FlashOutcome {

    private FlashOutcome() {
    }

    /** Runs {@code change}; returns whether it was made. */
    static boolean of(RedirectAttributes redirect, String refusals, String message, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("message", message);
            return true;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute(refusals, Refusal.of(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute(refusals, Refusal.of("planning.task.changedMeanwhile"));
        }
        return false;
    }
}
