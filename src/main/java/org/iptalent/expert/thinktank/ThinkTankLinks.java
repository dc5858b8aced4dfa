package org.iptalent.expert.thinktank;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** The think tanks in the navigation, next to the expert pool, for the administrators who keep them. */
@Component
class ThinkTankLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        boolean administrator = user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN)
                || user.has(Role.CITY_ADMIN);
        return administrator && !user.scope().isNothing()
                ? List.of(new Navigation(26, "thinktank.nav", "/experts/think-tanks", "lightbulb").inGroup("experts")) : List.of();
    }
}
