package org.iptalent.training.nomination;

import org.iptalent.shared.BusinessRuleException;

/**
 * A province's quota for a class: how many of its nominations may stand at once (nominated, selected or enrolled;
 * a withdrawn or declined nomination frees its place). No quota, or a quota of 0, means the province nominates no one.
 */
public final class QuotaRule {

    /** The largest quota one province gets. */
    public static final int MAX_QUOTA = 100_000;

    private QuotaRule() {
    }

    /** Refuses one more nomination of a province that holds {@code holding} places of {@code quota} (null: none). */
    public static void checkRoom(Integer quota, long holding) {
        if (quota == null || quota == 0) {
            throw new BusinessRuleException("nomination.noQuota");
        }
        if (holding >= quota) {
            throw new BusinessRuleException("nomination.overQuota", quota);
        }
    }

    /** Refuses a quota out of range, or below the nominations the province already holds. */
    public static void checkQuota(String province, int quota, long holding) {
        if (quota < 0 || quota > MAX_QUOTA) {
            throw new BusinessRuleException("quota", "nomination.quotaInvalid", 0, MAX_QUOTA);
        }
        if (quota < holding) {
            throw new BusinessRuleException("quota", "nomination.quotaBelowHeld", province, holding);
        }
    }
}
