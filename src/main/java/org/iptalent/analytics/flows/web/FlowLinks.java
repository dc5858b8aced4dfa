package org.iptalent.analytics.flows.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** The talent flows in the navigation, beside the forecasts, for the administrations with a region. */
@Component
class FlowLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        if (user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN)) {
            return List.of(new Navigation(17, "nav.flows", "/analytics/flows", "arrow-left-right").inGroup("analytics"));
        }
        return List.of();
    }
}
