package org.iptalent.training.base;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A base's assessment in one year: its total out of 100, what the scorecard recommends, and what was decided. */
public record AssessmentSummary(long id, int year, BigDecimal total, Adjustment recommendation, Adjustment decision,
        String decisionReason, LocalDate decidedOn, String decidedBy) {
}
