package org.iptalent.training.base;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scorecard as the national administrator enters it: the thresholds and the items, each a name, a kind
 * ({@code COMPUTED} or {@code REVIEWED}), a weight, and for a computed item its measure and full-marks value, for a
 * reviewed one its reviewers' user names separated by commas. Rows left wholly blank are ignored.
 */
public record ScorecardInput(BigDecimal keepFrom, BigDecimal probationFrom, List<Item> items) {

    public record Item(String name, String kind, Integer weight, String measureCode, BigDecimal fullMarks,
            String reviewers) {

        boolean isBlank() {
            return TrainingBaseRecords.blank(name) && TrainingBaseRecords.blank(measureCode) && weight == null
                    && fullMarks == null && TrainingBaseRecords.blank(reviewers);
        }
    }
}
