package org.iptalent.demand.exchange;

import java.time.LocalDate;

/** An activity under a pairing, with its figures. */
public record ActivityView(long id, long pairingId, Activity.Kind kind, LocalDate heldOn, int peopleTrained,
        int casesAssisted, int hours, String note) {

    static ActivityView of(Activity a) {
        return new ActivityView(a.getId(), a.getPairingId(), a.getKind(), a.getHeldOn(), a.getPeopleTrained(),
                a.getCasesAssisted(), a.getHours(), a.getNote());
    }
}
