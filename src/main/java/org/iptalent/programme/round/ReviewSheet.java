package org.iptalent.programme.round;

import java.util.List;

/**
 * What a drawn reviewer scores: a page of the round's nominations with their own score and comment, nobody else's,
 * and how many of all the nominations they have scored.
 */
public record ReviewSheet(long roundId, String programmeName, int year, SelectionRound.State state, boolean open,
        List<Row> rows, long scored, long total, int page, int totalPages) {

    public record Row(long nominationId, String name, String employerName, String regionCode, String statement,
            String achievements, Integer score, String comment) {
    }
}
