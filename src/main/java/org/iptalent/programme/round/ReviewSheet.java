package org.iptalent.programme.round;

import java.util.List;

/** What a drawn reviewer scores: the round's nominations with their own score and comment, nobody else's. */
public record ReviewSheet(long roundId, String programmeName, int year, SelectionRound.State state, boolean open,
        List<Row> rows) {

    public record Row(long nominationId, String name, String employerName, String regionCode, String statement,
            String achievements, Integer score, String comment) {
    }

    public long scored() {
        return rows.stream().filter(r -> r.score() != null).count();
    }
}
