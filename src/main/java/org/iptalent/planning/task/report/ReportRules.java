package org.iptalent.planning.task.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iptalent.planning.plan.Indicator;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;

/** What a report must say: every problem at once, nothing recorded while one remains. */
final class ReportRules {

    static final int MAX_TEXT = 5000;
    static final int MAX_FIGURES = 20;
    static final int MAX_COMMENT = 500;
    static final int MAX_NOTE = 1000;
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private ReportRules() {
    }

    /** The report's figures, each for an indicator of the plan ({@code indicators} by code), or every problem. */
    static List<Figure> check(ReportInput input, Map<String, Indicator> indicators) {
        List<Problem> problems = new ArrayList<>();
        if (input.text() == null || input.text().isBlank()) {
            problems.add(new Problem("text", "field.required"));
        } else if (input.text().strip().length() > MAX_TEXT) {
            problems.add(new Problem("text", "field.tooLong", List.of(MAX_TEXT)));
        }
        if (input.figures().stream().filter(f -> !ReportInput.FigureInput.isBlank(f)).count() > MAX_FIGURES) {
            problems.add(new Problem("figures", "planning.task.report.tooManyFigures", List.of(MAX_FIGURES)));
        }
        List<Figure> figures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.figures().size(); i++) {
            ReportInput.FigureInput figure = input.figures().get(i);
            if (ReportInput.FigureInput.isBlank(figure)) {
                continue;
            }
            String field = "figures[" + i + "].";
            String code = figure.indicator() == null ? "" : figure.indicator().strip();
            Indicator indicator = indicators.get(code);
            if (code.isEmpty()) {
                problems.add(new Problem(field + "indicator", "field.required"));
            } else if (indicator == null) {
                problems.add(new Problem(field + "indicator", "planning.task.report.unknownIndicator", List.of(code)));
            } else if (!seen.add(code)) {
                problems.add(new Problem(field + "indicator", "planning.task.report.figureTwice", List.of(code)));
            }
            if (figure.value() == null) {
                problems.add(new Problem(field + "value", "field.required"));
            } else if (figure.value().abs().compareTo(LIMIT) >= 0 || figure.value().stripTrailingZeros().scale() > 4) {
                problems.add(new Problem(field + "value", "planning.task.report.valueInvalid"));
            }
            String comment = figure.comment() == null || figure.comment().isBlank() ? null : figure.comment().strip();
            if (comment != null && comment.length() > MAX_COMMENT) {
                problems.add(new Problem(field + "comment", "field.tooLong", List.of(MAX_COMMENT)));
            }
            if (indicator != null && figure.value() != null) {
                figures.add(new Figure(indicator.getId(), figure.value(), comment));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return figures;
    }

    /** The reviewer's note: required to return a report, within {@value #MAX_NOTE} characters. */
    static String note(String note, boolean required) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text == null && required) {
            throw new InvalidInputException(List.of(new Problem("note", "planning.task.report.noteRequired")));
        }
        if (text != null && text.length() > MAX_NOTE) {
            throw new InvalidInputException(List.of(new Problem("note", "field.tooLong", List.of(MAX_NOTE))));
        }
        return text;
    }
}
