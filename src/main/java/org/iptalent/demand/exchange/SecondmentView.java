package org.iptalent.demand.exchange;

import java.time.LocalDate;

/** A secondment as the pairing's page, the talent's profile and the API show it: the person by name only. */
public record SecondmentView(long id, long pairingId, long talentId, String talentName, String fromRegion,
        String toRegion, String fromOrgName, String toOrgName, LocalDate startsOn, LocalDate endsOn, String purpose) {
}
