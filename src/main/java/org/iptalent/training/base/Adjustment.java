package org.iptalent.training.base;

/**
 * What an assessment does to a base, as the scorecard recommends it and as the national administrator decides it:
 * keep it designated, put it on probation, or revoke it.
 */
public enum Adjustment {
    KEEP(BaseStatus.DESIGNATED), PROBATION(BaseStatus.PROBATION), REVOKE(BaseStatus.REVOKED);

    private final BaseStatus status;

    Adjustment(BaseStatus status) {
        this.status = status;
    }

    /** The status a base has after this decision. */
    public BaseStatus status() {
        return status;
    }
}
