package org.iptalent.audit;

/** The outcome of walking the chain: intact, or the first entry where it breaks and why. */
public record ChainVerification(boolean intact, long entriesChecked, Long brokenAtId, String reason) {
}
