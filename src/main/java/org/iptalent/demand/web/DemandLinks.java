package org.iptalent.demand.web;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** Demand in the navigation: administrations with a region and employers; the rounds for administrations. */
@Component
class DemandLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        List<Navigation> links = new ArrayList<>();
        boolean administration = !user.scope().isNothing();
        if (administration || user.has(Role.EMPLOYER)) {
            links.add(new Navigation(30, "nav.demand", "/demand", "clipboard-data").inGroup("demand"));
        }
        if (administration) {
            links.add(new Navigation(31, "nav.demandRounds", "/demand/rounds", "calendar-check").inGroup("demand"));
        }
        if (!administration && user.has(Role.EMPLOYER)) {
            links.add(new Navigation(32, "nav.demandSupply", "/demand/supply", "bar-chart").inGroup("demand"));
        }
        return links;
    }
}
