package org.iptalent.training.base;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One base's assessment with every item's points, its reviews, and the decision form's context. */
public record AssessmentDetail(AssessmentRow row, int year, BigDecimal keepFrom, BigDecimal probationFrom,
        List<Line> items, String decisionReason, LocalDate decidedOn, String decidedBy, Instant computedAt) {

    /** An item's result: for a computed item the measured value, for a reviewed one the reviews. */
    public record Line(long itemId, String name, ItemKind kind, String measureCode, String measureLabelKey,
            int weight, BigDecimal fullMarks, BigDecimal measured, BigDecimal score, boolean noData,
            List<ReviewLine> reviews) {
    }

    /** A reviewer's score and comment; {@code pending} until given. */
    public record ReviewLine(String reviewer, Integer score, String comment, boolean pending) {
    }
}
