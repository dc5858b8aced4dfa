package org.iptalent.planning.task.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.planning.task.report.ReportInput;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;

/** A progress report as a province writes it over the API; a field it does not know is refused (400). */
@Schema(name = "ProgressReportInput")
record ReportRequest(
        @Schema(description = "The period's year, e.g. 2026.", requiredMode = Schema.RequiredMode.REQUIRED)
        Integer period,
        @Schema(description = "What was done, 1 to 5,000 characters.", requiredMode = Schema.RequiredMode.REQUIRED)
        String text,
        @Schema(description = "Figures, at most 20, each for one of the plan's indicators.") List<FigureRequest> figures,
        @Schema(description = "true submits the report for review; false (the default) keeps it a draft.")
        Boolean submit,
        @Schema(description = "The report's version as you read it, when you change one without If-Match; a stale "
                + "version is 409. None for a new report.") Long version,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    static final String UNKNOWN_FIELD = "planning.task.api.unknownField";

    @Schema(name = "ProgressFigure")
    record FigureRequest(@Schema(description = "The indicator's code, e.g. ip-talents.") String indicator,
            @Schema(description = "The value, in the indicator's unit.") BigDecimal value,
            @Schema(description = "What the region says of it, at most 500 characters.") String comment) {
    }

    ReportInput input() {
        if (unknown != null && !unknown.isEmpty()) {
            throw new InvalidInputException(unknown.keySet().stream().sorted()
                    .map(field -> new Problem(field, UNKNOWN_FIELD)).toList());
        }
        if (period == null) {
            throw new InvalidInputException(List.of(new Problem("period", "field.required")));
        }
        return new ReportInput(text, figures == null ? List.of() : figures.stream()
                .map(f -> f == null ? null : new ReportInput.FigureInput(f.indicator(), f.value(), f.comment()))
                .toList());
    }
}
