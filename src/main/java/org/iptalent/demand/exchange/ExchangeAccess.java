package org.iptalent.demand.exchange;

import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who sees a pairing: the administrations (national, provincial, city) whose region holds either side, the assisting
 * one or the assisted one; anyone else is refused, and a pairing of other regions is not found.
 */
@Component
class ExchangeAccess {

    private final Pairings pairings;

    ExchangeAccess(Pairings pairings) {
        this.pairings = pairings;
    }

    /** The signed-in administration's region; anyone else is refused. */
    static RegionScope administration() {
        CurrentUser user = CurrentUser.require();
        boolean administrator = user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN)
                || user.has(Role.CITY_ADMIN);
        if (!administrator || user.scope().isNothing()) {
            throw new AccessDeniedException("exchange.administrationsOnly");
        }
        return user.scope();
    }

    static boolean sees(RegionScope scope, Pairing pairing) {
        return scope.includes(pairing.getFromRegion()) || scope.includes(pairing.getToRegion());
    }

    /** The pairing if the administration sees it. */
    Pairing visible(long id) {
        RegionScope scope = administration();
        Pairing pairing = pairings.findById(id).orElse(null);
        if (pairing == null || !sees(scope, pairing)) {
            throw new RecordNotFoundException(Pairing.ENTITY, id);
        }
        return pairing;
    }

    /** The side of the pairing in the administration's region (the assisting one first), which its audit names. */
    static String auditRegion(RegionScope scope, Pairing pairing) {
        return scope.includes(pairing.getFromRegion()) ? pairing.getFromRegion() : pairing.getToRegion();
    }
}
