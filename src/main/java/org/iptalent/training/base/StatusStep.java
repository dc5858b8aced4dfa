package org.iptalent.training.base;

import java.time.LocalDate;

/**
 * A step of a base's status history as pages and the API show it: {@code from} is null for the designation and
 * equals {@code to} when an assessment's decision kept the status.
 */
public record StatusStep(BaseStatus from, BaseStatus to, LocalDate on, String reason, String decidedBy,
        Long assessmentId) {

    static StatusStep of(StatusChange change) {
        return new StatusStep(change.getFromStatus(), change.getToStatus(), change.getChangedOn(), change.getReason(),
                change.getDecidedByName(), change.getAssessmentId());
    }

    public boolean designation() {
        return from == null;
    }

    public boolean confirmation() {
        return from != null && from == to;
    }
}
