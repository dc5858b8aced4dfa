package org.iptalent.planning.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** Plans in the navigation, for the administrators who work on them. */
@Component
class PlanningLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        boolean administrator = user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN)
                || user.has(Role.CITY_ADMIN);
        return administrator && !user.scope().isNothing()
                ? List.of(new Navigation(15, "nav.plans", "/plans", "bullseye")) : List.of();
    }
}
