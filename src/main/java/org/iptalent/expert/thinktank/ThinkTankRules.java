package org.iptalent.expert.thinktank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;

/** The length limits of the think tanks' texts and the checks every input passes, each problem named at once. */
final class ThinkTankRules {

    static final int NAME = 200;
    static final int DESCRIPTION = 2000;
    static final int TITLE = 200;
    static final int LONG_TEXT = 4000;

    private ThinkTankRules() {
    }

    static void text(List<Problem> problems, String field, String value, int max, boolean required) {
        String text = blankToNull(value);
        if (text == null) {
            if (required) {
                problems.add(new Problem(field, "field.required"));
            }
        } else if (text.length() > max) {
            problems.add(new Problem(field, "field.tooLong", List.of(max)));
        }
    }

    static void notFuture(List<Problem> problems, String field, LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            problems.add(new Problem(field, "thinktank.dateInFuture"));
        }
    }

    static void required(List<Problem> problems, String field, Object value) {
        if (value == null) {
            problems.add(new Problem(field, "field.required"));
        }
    }

    static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(new ArrayList<>(problems));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
