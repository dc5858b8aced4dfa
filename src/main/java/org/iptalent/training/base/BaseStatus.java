package org.iptalent.training.base;

/**
 * Where a training base stands. A revoked base is final: it keeps its history and its past classes, but it is
 * never designated again under the same record (a new designation is a new base).
 */
public enum BaseStatus {
    DESIGNATED, UNDER_REVIEW, PROBATION, REVOKED;

    /** Whether a base in this status may move to {@code target}: any other status, unless it is revoked. */
    public boolean canBecome(BaseStatus target) {
        return this != REVOKED && target != null && target != this;
    }

    /** Whether the base still works as a base: runs classes, is assessed. */
    public boolean isActive() {
        return this != REVOKED;
    }
}
