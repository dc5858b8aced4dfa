package org.iptalent.programme.round;

import java.time.LocalDate;

/** A talent a programme selected: the programme, the round's year and the talent's region when selected. */
public record Selection(long id, long programmeId, String programmeName, long roundId, long talentId, int year,
        String regionCode, LocalDate selectedOn) {
}
