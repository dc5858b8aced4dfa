package org.iptalent.demand;

/**
 * The pairings between two provinces, as a map draws one line: the assisting province, the assisted one, how many
 * pairings (of any level) join them and how many people were seconded and trained under them.
 */
public record ExchangeLine(String fromProvince, String toProvince, long pairings, long secondments,
        long peopleTrained) {
}
