package org.iptalent.programme.round;

import java.time.LocalDate;
import java.util.Map;

/** A new round: its year, places, nomination deadline and each province's quota of nominations. */
public record RoundInput(Integer year, Integer places, LocalDate nominationDeadline, Map<String, Integer> quotas) {

    public RoundInput {
        quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
    }
}
