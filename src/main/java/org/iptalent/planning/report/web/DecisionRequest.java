package org.iptalent.planning.report.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.planning.report.ReportedValues;

/** The national office's decision on a submitted value. */
@Schema(name = "ReportedValueDecision")
record DecisionRequest(
        @Schema(description = "APPROVE (the value becomes the indicator's value for its region and date) or REJECT",
                requiredMode = Schema.RequiredMode.REQUIRED) ReportedValues.Decision decision,
        @Schema(description = "Why; required to reject, at most 500 characters") String note,
        @Schema(description = "The version read, when If-Match is not sent") Long version) {
}
