package org.iptalent.training.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.training.enrollment.Enrollment;
import org.iptalent.training.enrollment.Placement;

/** Where an enrollment left one talent: a place (ENROLLED) or the waiting list (WAITLISTED) at a position. */
record PlacementView(long enrollmentId, long classId, long talentId, Enrollment.Status status,
        @Schema(description = "Place on the waiting list (1 is next); 0 with a place") long waitingPosition) {

    static PlacementView of(Placement placement) {
        return new PlacementView(placement.enrollmentId(), placement.classId(), placement.talentId(),
                placement.status(), placement.waitingPosition());
    }
}
