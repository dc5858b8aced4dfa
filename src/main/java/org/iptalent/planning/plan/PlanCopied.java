package org.iptalent.planning.plan;

/** Published inside the copy's transaction: what belongs to a plan besides its indicators follows it. */
public record PlanCopied(long fromPlanId, long toPlanId) {
}
