package org.iptalent.planning.task.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a region writes in a report: its text and its figures, each naming one of the plan's indicators by its code.
 * A figure with neither an indicator nor a value nor a comment (an empty row of the form) is no figure; it keeps its
 * place, so that a problem names the row it is in.
 */
public record ReportInput(String text, List<FigureInput> figures) {

    public record FigureInput(String indicator, BigDecimal value, String comment) {

        static boolean isBlank(FigureInput figure) {
            return figure == null || figure.isBlank();
        }

        boolean isBlank() {
            return (indicator == null || indicator.isBlank()) && value == null
                    && (comment == null || comment.isBlank());
        }
    }

    public ReportInput {
        figures = figures == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(figures));
    }
}
