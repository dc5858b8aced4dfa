package org.iptalent.training.offering;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a base manager plans for a class: everything but its schedule of sessions. */
public record ClassPlan(String title, ClassMode mode, Filling filling, LocalDate startsOn, LocalDate endsOn,
        String place, int capacity, String teachers, String audience, LocalDate enrollmentOpens,
        LocalDate enrollmentCloses, int minAttendancePercent, BigDecimal passMark) {
}
