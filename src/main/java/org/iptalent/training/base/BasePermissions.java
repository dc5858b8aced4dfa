package org.iptalent.training.base;

import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;

/**
 * Who may change what of a base they can see. A national base is the national administrator's; a local base is
 * also its region's administrators' (a province's for the province and its cities, a city's for the city). A
 * base's manager keeps its contact details and description, nothing else. Assessments are decided nationally.
 */
public record BasePermissions(boolean administer, boolean editContact, boolean decide) {

    static BasePermissions of(CurrentUser user, TrainingBase base) {
        boolean administer = mayAdminister(user, base.getLevel(), base.getRegionCode());
        return new BasePermissions(administer, administer || user.has(Role.TRAINING_BASE_MANAGER)
                && base.isManagedBy(user.id()), user.has(Role.NATIONAL_ADMIN));
    }

    /** Whether {@code user} may designate or change a base of {@code level} located in {@code regionCode}. */
    static boolean mayAdminister(CurrentUser user, BaseLevel level, String regionCode) {
        if (user.has(Role.NATIONAL_ADMIN)) {
            return true;
        }
        return level == BaseLevel.LOCAL && (user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN))
                && !user.scope().isNothing() && regionCode != null && user.scope().includes(regionCode);
    }

    /** Whether {@code user} may designate any base at all (the form is offered). */
    static boolean mayDesignate(CurrentUser user) {
        return user.has(Role.NATIONAL_ADMIN) || (user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN))
                && !user.scope().isNothing();
    }
}
