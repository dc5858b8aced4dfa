package org.iptalent.demand.exchange;

import java.time.LocalDate;

/**
 * A pairing as a form or the API sends it: the level ({@code PROVINCE}, {@code CITY}, {@code ORGANISATION}), the two
 * regions (provinces or cities) or the two organisations, the period and the goals.
 */
public record PairingInput(String level, String fromRegion, String toRegion, Long fromOrgId, Long toOrgId,
        LocalDate startsOn, LocalDate endsOn, String goals) {
}
