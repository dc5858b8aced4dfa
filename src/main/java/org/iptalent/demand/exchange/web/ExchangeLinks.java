package org.iptalent.demand.exchange.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** Exchange pairings in the navigation, for the administrations (national, provincial, city). */
@Component
class ExchangeLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        boolean administrator = user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN)
                || user.has(Role.CITY_ADMIN);
        return administrator && !user.scope().isNothing()
                ? List.of(new Navigation(33, "nav.exchange", "/exchange/pairings", "arrow-left-right").inGroup("demand"))
                : List.of();
    }
}
