package org.iptalent.demand.exchange;

import java.time.LocalDate;

/**
 * A pairing as pages and the API show it: the assisting side ({@code from}) and the assisted one ({@code to}) as
 * region codes and, for organisations, their ids and names; the period, the goals and the totals done under it.
 */
public record PairingView(long id, long version, Pairing.Level level, String fromRegion, String toRegion,
        Long fromOrgId, String fromOrgName, Long toOrgId, String toOrgName, LocalDate startsOn, LocalDate endsOn,
        String goals, PairingTotals totals) {
}
