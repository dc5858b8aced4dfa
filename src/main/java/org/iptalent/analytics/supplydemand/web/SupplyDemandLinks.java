package org.iptalent.analytics.supplydemand.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** The supply-versus-demand map in the navigation, beside the forecasts, for the administrations with a region. */
@Component
class SupplyDemandLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        if (user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN)) {
            return List.of(new Navigation(16, "nav.supplyDemand", "/analytics/supply-demand", "map").inGroup("analytics"));
        }
        return List.of();
    }
}
