package org.iptalent.planning.task.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.planning.task.report.ProgressReporting;

/** The national office's review of a submitted report. */
@Schema(name = "ProgressReview")
record ReviewRequest(
        @Schema(description = "ACCEPT or RETURN.", requiredMode = Schema.RequiredMode.REQUIRED)
        ProgressReporting.Decision decision,
        @Schema(description = "Why it is returned (required to return, at most 1,000 characters); the province reads "
                + "it.") String note,
        @Schema(description = "The report's version as you read it, when you do not send If-Match; a stale version "
                + "is 409.") Long version) {
}
