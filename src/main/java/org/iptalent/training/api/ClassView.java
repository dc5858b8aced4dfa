package org.iptalent.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.training.offering.ClassMode;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.program.Level;

/** A class with its schedule, its completion rule and how many places are taken. */
record ClassView(long id, String title, long programId, String programTitle, Level level, long levelId,
        long baseId, String baseName, String regionCode, ClassMode mode, Filling filling, LocalDate startsOn,
        LocalDate endsOn, String place, int capacity, String teachers, String audience, LocalDate enrollmentOpens,
        LocalDate enrollmentCloses, TrainingClass.Status status,
        @Schema(description = "Whether a talent may enrol themselves today") boolean openForEnrollment,
        @Schema(description = "Trainees holding a place") long placesTaken,
        @Schema(description = "Talents on the waiting list") long waiting,
        @Schema(description = "The completion rule: the share of the scheduled hours a trainee attends")
        int minAttendancePercent,
        @Schema(description = "The hours that share comes to now") BigDecimal requiredAttendanceHours,
        @Schema(description = "The assessment's pass mark (0 to 100); null when the class has no assessment")
        BigDecimal passMark,
        BigDecimal scheduledHours, List<SessionView> sessions) {

    /** A session of the schedule; {@code number} counts from 1 in the order of the schedule. */
    @Schema(name = "ClassSessionView")
    record SessionView(long id, int number, LocalDateTime startsAt, LocalDateTime endsAt, BigDecimal hours,
            String topic, String teacher) {
    }
}
