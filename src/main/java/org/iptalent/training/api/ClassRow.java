package org.iptalent.training.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.training.offering.ClassMode;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.program.Level;

/** A class in the catalogue's list. */
record ClassRow(long id, String title, long programId, String programTitle, Level level, long baseId,
        String baseName,
        @Schema(description = "The base's region (GB/T 2260)") String regionCode,
        ClassMode mode, Filling filling, LocalDate startsOn, LocalDate endsOn, String place, int capacity,
        LocalDate enrollmentOpens, LocalDate enrollmentCloses, TrainingClass.Status status,
        @Schema(description = "Whether a talent may enrol themselves today") boolean openForEnrollment) {
}
