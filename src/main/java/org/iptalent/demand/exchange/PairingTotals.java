package org.iptalent.demand.exchange;

/** What was done under a pairing: people seconded, activities held and their figures summed. */
public record PairingTotals(long secondments, long activities, long peopleTrained, long casesAssisted, long hours) {

    public static final PairingTotals NONE = new PairingTotals(0, 0, 0, 0, 0);
}
