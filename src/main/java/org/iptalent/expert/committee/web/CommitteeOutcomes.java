package org.iptalent.expert.committee.web;

import org.iptalent.expert.web.Outcomes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A small form of a committee's or a consultation's page, changed and redirected: the success message, or the
 * refusal in words (labelled by field under {@code expert.committee.label.}) for the form's place on the page.
 */
final class CommitteeOutcomes {

    static final String LABELS = "expert.committee.label.";

    private CommitteeOutcomes() {
    }

    static boolean flash(RedirectAttributes redirect, String refusals, String message, Runnable change) {
        return Outcomes.flash(redirect, refusals, LABELS, message, change);
    }
}
