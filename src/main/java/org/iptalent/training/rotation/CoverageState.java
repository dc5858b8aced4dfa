package org.iptalent.training.rotation;

/**
 * Where a campaign's member stands: trained (completed one of the campaign's classes within the cycle), in
 * progress (holding or waiting for a place in a campaign class still running), or not yet. Once the cycle has
 * ended nobody is in progress any more: coverage is final, and whoever was not trained in time was not trained.
 */
public enum CoverageState {
    TRAINED, IN_PROGRESS, NOT_YET;

    /**
     * @param completedInCycle     a COMPLETED enrollment in a campaign class, completed within the cycle
     * @param placedInPlannedClass an ENROLLED or WAITLISTED enrollment in a campaign class that is still planned
     * @param cycleEnded           the cycle is over: the coverage is final
     */
    public static CoverageState of(boolean completedInCycle, boolean placedInPlannedClass, boolean cycleEnded) {
        if (completedInCycle) {
            return TRAINED;
        }
        return placedInPlannedClass && !cycleEnded ? IN_PROGRESS : NOT_YET;
    }
}
