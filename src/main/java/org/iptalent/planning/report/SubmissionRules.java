package org.iptalent.planning.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;

/**
 * The checks of a submission's fields, all at once so a form shows every problem together: a value that is a number
 * the indicator can have, an as-of date inside the plan's period and not in the future, and a note.
 */
final class SubmissionRules {

    static final int MAX_NOTE = 1000;
    static final int MAX_DECISION_NOTE = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The column's room, and the most a count can be whatever its target. */
    private static final BigDecimal MAX = new BigDecimal("999999999999");
    /** A count more than this many times its target is a typing error (a value in persons for 10,000 persons). */
    private static final BigDecimal TIMES_TARGET = BigDecimal.valueOf(100);

    private SubmissionRules() {
    }

    static void check(Submission submission, Indicator indicator, Plan plan, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        BigDecimal value = submission.value();
        if (value == null) {
            problems.add(new Problem("value", "planning.reported.valueRequired"));
        } else if (value.signum() < 0) {
            problems.add(new Problem("value", "planning.reported.valueNegative"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem("value", "planning.reported.valueScale"));
        } else if (value.compareTo(ceiling(indicator)) > 0) {
            problems.add(new Problem("value", "planning.reported.valueAbsurd",
                    List.of(value.toPlainString(), ceiling(indicator).toPlainString())));
        }
        LocalDate asOf = submission.asOf();
        if (asOf == null) {
            problems.add(new Problem("asOf", "planning.reported.asOfRequired"));
        } else if (!plan.covers(asOf.getYear())) {
            problems.add(new Problem("asOf", "planning.reported.asOfOutsidePeriod",
                    List.of(asOf.toString(), String.valueOf(plan.getStartsYear()),
                            String.valueOf(plan.getEndsYear()))));
        } else if (asOf.isAfter(today)) {
            problems.add(new Problem("asOf", "planning.reported.asOfFuture", List.of(asOf.toString())));
        }
        String note = submission.note();
        if (note == null || note.isBlank()) {
            problems.add(new Problem("note", "planning.reported.noteRequired"));
        } else if (note.strip().length() > MAX_NOTE) {
            problems.add(new Problem("note", "planning.reported.noteTooLong", List.of(MAX_NOTE)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A decision's note: required to reject (the region learns why), at most {@value #MAX_DECISION_NOTE}. */
    static String decisionNote(String note, boolean required) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text == null && required) {
            throw new InvalidInputException(List.of(new Problem("note", "planning.reported.decisionNoteRequired")));
        }
        if (text != null && text.length() > MAX_DECISION_NOTE) {
            throw new InvalidInputException(List.of(new Problem("note", "planning.reported.decisionNoteTooLong",
                    List.of(MAX_DECISION_NOTE))));
        }
        return text;
    }

    /** The most an indicator's value can plausibly be: 100 for a rate or score, else 100 times its target. */
    static BigDecimal ceiling(Indicator indicator) {
        IndicatorUnit unit = indicator.getUnit();
        if (unit == IndicatorUnit.PERCENT || unit == IndicatorUnit.SCORE) {
            return HUNDRED;
        }
        BigDecimal target = indicator.getTarget();
        return target == null || target.signum() == 0 ? MAX : target.multiply(TIMES_TARGET).min(MAX);
    }
}
