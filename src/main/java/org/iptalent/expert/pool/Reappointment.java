package org.iptalent.expert.pool;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether an expert's record during the term speaks for a new one: the averages of its evaluations, the engagements
 * it declined, and misconduct recorded. Misconduct, or an overall average under 3 of 5 over at least three
 * evaluations, advises against; a middling average, many declines, or no evaluation at all asks the administration
 * to look first; otherwise it is recommended. Advice, not a bar: renewing against it needs a reason, which the
 * credit record keeps.
 */
public record Reappointment(Advice advice, List<String> reasons) {

    public enum Advice {
        RECOMMENDED, REVIEW, NOT_RECOMMENDED
    }

    /** Evaluations an average needs before it counts for or against. */
    static final int EVALUATIONS_NEEDED = 3;
    static final double POOR = 3.0;
    static final double MIDDLING = 3.5;
    static final int MANY_DECLINES = 3;

    /** The term's record: its evaluations' averages, the engagements declined and the misconduct recorded in it. */
    public static Reappointment of(ExpertView.Scores scores, int declined, int misconduct) {
        List<String> against = new ArrayList<>();
        List<String> review = new ArrayList<>();
        Double overall = scores.overall();
        boolean judged = overall != null && scores.evaluations() >= EVALUATIONS_NEEDED;
        if (misconduct > 0) {
            against.add("expert.reappointment.reason.misconduct");
        }
        if (judged && overall < POOR) {
            against.add("expert.reappointment.reason.poor");
        } else if (judged && overall < MIDDLING) {
            review.add("expert.reappointment.reason.middling");
        }
        if (declined >= MANY_DECLINES) {
            review.add("expert.reappointment.reason.declines");
        }
        if (!judged) {
            review.add("expert.reappointment.reason.unjudged");
        }
        if (!against.isEmpty()) {
            return new Reappointment(Advice.NOT_RECOMMENDED, List.copyOf(against));
        }
        return review.isEmpty() ? new Reappointment(Advice.RECOMMENDED, List.of())
                : new Reappointment(Advice.REVIEW, List.copyOf(review));
    }
}
