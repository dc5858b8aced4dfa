package org.iptalent.demand.exchange;

import java.time.LocalDate;

/** An activity under a pairing: its kind, the day, its figures (blank is 0) and a note. */
public record ActivityInput(String kind, LocalDate heldOn, Integer peopleTrained, Integer casesAssisted,
        Integer hours, String note) {
}
