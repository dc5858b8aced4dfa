package org.iptalent.expert.draw;

import org.iptalent.shared.BusinessRuleException;

/**
 * A draw that cannot be made: fewer experts pass a requirement's rules than it needs. Says which requirement and how
 * many were eligible (the API answers 422 with both); nothing is drawn.
 */
public class UnsatisfiableDrawException extends BusinessRuleException {

    private final int requirement;
    private final int eligibleCount;

    public UnsatisfiableDrawException(int requirement, String categoryName, int needed, int eligibleCount) {
        super("requirements[" + requirement + "].count", "expert.draw.unsatisfiable", String.valueOf(requirement + 1),
                categoryName, String.valueOf(needed), String.valueOf(eligibleCount));
        this.requirement = requirement;
        this.eligibleCount = eligibleCount;
    }

    public int requirement() {
        return requirement;
    }

    public int eligibleCount() {
        return eligibleCount;
    }
}
