package org.iptalent.training.base;

import java.math.BigDecimal;

/**
 * A base's assessment in the year's list: its total and recommendation, the decision if taken, and what is still
 * missing (reviews not given, items without data).
 */
public record AssessmentRow(long id, long version, long baseId, String baseName, BaseLevel level, String regionCode,
        BaseStatus baseStatus, BigDecimal total, Adjustment recommendation, Adjustment decision, int pendingReviews,
        int noDataItems) {
}
