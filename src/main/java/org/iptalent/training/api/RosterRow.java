package org.iptalent.training.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.training.enrollment.Enrollment;

/** A trainee on a class's roster. */
record RosterRow(long enrollmentId, long talentId, String name,
        @Schema(description = "The trainee's region when enrolled") String regionCode, String employerName,
        @Schema(description = "Masked") String mobileMasked, Enrollment.Status status, Enrollment.Source source,
        Instant queuedAt,
        @Schema(description = "Place on the waiting list (1 is next); 0 unless waiting") long waitingPosition,
        BigDecimal attendedHours, BigDecimal score, BigDecimal creditedHours, LocalDate completedOn) {
}
