package org.iptalent.demand.exchange;

import java.time.LocalDate;

/**
 * A secondment under a pairing: the registry's talent, the regions (blank: the pairing's assisting and assisted
 * sides) and optionally the organisations from and to which they go, the dates and the purpose.
 */
public record SecondmentInput(Long talentId, String fromRegion, String toRegion, Long fromOrgId, Long toOrgId,
        LocalDate startsOn, LocalDate endsOn, String purpose) {
}
