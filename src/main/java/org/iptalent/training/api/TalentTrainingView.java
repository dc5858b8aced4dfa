package org.iptalent.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.training.enrollment.Enrollment;
import org.iptalent.training.enrollment.TrainingHistory;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.program.Level;

/** A talent's training: their classes, latest first, and the hours credited to them per year. */
record TalentTrainingView(long talentId, List<Entry> enrollments, List<YearHours> hoursByYear,
        @Schema(description = "Every year's credited hours together") BigDecimal totalHours) {

    /** One class the talent enrolled in, and how far they got. */
    @Schema(name = "TalentTrainingEntry")
    record Entry(long enrollmentId, long classId, String classTitle, String programTitle, Level level,
            String baseName, LocalDate startsOn, LocalDate endsOn, Enrollment.Status status,
            TrainingClass.Status classStatus, BigDecimal attendedHours,
            @Schema(description = "Hours credited when the class completed; null otherwise") BigDecimal creditedHours,
            BigDecimal score,
            @Schema(description = "Place on the waiting list (1 is next); 0 unless waiting") long waitingPosition) {
    }

    /** Hours credited for classes completed in a year (the year the class ended). */
    @Schema(name = "TrainingHoursOfYear")
    record YearHours(int year, BigDecimal hours) {
    }

    static TalentTrainingView of(TrainingHistory.TalentTraining training) {
        return new TalentTrainingView(training.talentId(), training.entries().stream()
                .map(e -> new Entry(e.enrollmentId(), e.classId(), e.classTitle(), e.programTitle(), e.level(),
                        e.baseName(), e.startsOn(), e.endsOn(), e.status(), e.classStatus(), e.attendedHours(),
                        e.creditedHours(), e.score(), e.waitingPosition()))
                .toList(),
                training.hoursByYear().stream().map(y -> new YearHours(y.year(), y.hours())).toList(),
                training.totalHours());
    }
}
