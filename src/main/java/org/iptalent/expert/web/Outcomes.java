package org.iptalent.expert.web;

import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A small form of an expert pool's page (an expert's, a draw's, a committee's), changed and redirected: the success
 * message, or the refusal in words (labelled by field under {@code expert.page.label.} or the page's own prefix) for
 * the form's place on the page the redirect shows.
 */
public final class Outcomes {

    static final String LABELS = "expert.page.label.";

    private Outcomes() {
    }

    static boolean flash(RedirectAttributes redirect, String refusals, String message, Runnable change) {
        return flash(redirect, refusals, LABELS, message, change);
    }

    /** The same for a page whose fields are labelled under {@code labels} (a committee's, a consultation's). */
    public static boolean flash(RedirectAttributes redirect, String refusals, String labels, String message,
            Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("message", message);
            return true;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute(refusals, Refusal.of(e, labels));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute(refusals, Refusal.of("expert.page.changedMeanwhile"));
        }
        return false;
    }
}
