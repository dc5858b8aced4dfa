package org.iptalent.training.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.training.enrollment.CohortEnrollment;

/** What enrolling a cohort did. */
record CohortView(@Schema(description = "Talents the filter matched in your region") int matched,
        @Schema(description = "Of them, those who took a place") int enrolled,
        @Schema(description = "Those put on the waiting list, in the registry's order") int waitlisted,
        @Schema(description = "Those enrolled already (left as they were)") int alreadyEnrolled) {

    static CohortView of(CohortEnrollment result) {
        return new CohortView(result.matched(), result.enrolled(), result.waitlisted(), result.alreadyEnrolled());
    }
}
