package org.iptalent.expert.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The expert pool in the navigation (its draws are reached from there), for the administrators who keep it; the
 * draws' live view for the auditors who supervise them.
 */
@Component
class ExpertLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        boolean administrator = user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN)
                || user.has(Role.CITY_ADMIN);
        if (administrator && !user.scope().isNothing()) {
            return List.of(new Navigation(25, "nav.experts", "/experts", "person-badge").inGroup("experts"));
        }
        // the auditor supervises the draws: it watches them live (and opens each from there)
        return user.has(Role.AUDITOR) ? List.of(new Navigation(25, "nav.drawWatch", "/experts/draws/live", "broadcast"))
                : List.of();
    }
}
