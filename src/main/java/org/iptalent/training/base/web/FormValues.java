package org.iptalent.training.base.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;

/**
 * Typed values of a form whose fields are kept as typed (so a refused form shows them again): a date or a number that
 * does not parse is a problem of its field, reported with whatever the service refuses besides.
 */
final class FormValues {

    private final List<Problem> problems = new ArrayList<>();

    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "field.date"));
            return null;
        }
    }

    BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "trainingBase.number.invalid"));
            return null;
        }
    }

    Integer integer(String field, String value) {
        BigDecimal number = decimal(field, value);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            problems.add(new Problem(field, "trainingBase.number.invalid"));
            return null;
        }
    }

    Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "field.unknownCode", List.of(value.trim())));
            return null;
        }
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * The refusal to show: these problems, and the service's other ones (not its "required" for a field whose value
     * did not parse, which the parse problem explains).
     */
    InvalidInputException merged(InvalidInputException refused) {
        List<Problem> all = new ArrayList<>(problems);
        List<String> unparsed = problems.stream().map(Problem::field).toList();
        for (Problem problem : refused == null ? List.<Problem>of() : refused.problems()) {
            if (!(unparsed.contains(problem.field()) && "field.required".equals(problem.messageKey()))) {
                all.add(problem);
            }
        }
        return new InvalidInputException(all);
    }
}
