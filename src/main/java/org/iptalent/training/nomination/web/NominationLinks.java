package org.iptalent.training.nomination.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** Nominated classes in the navigation: for the national office, and for provincial administrators who nominate. */
@Component
class NominationLinks implements NavigationLinks {

    static boolean takesPart(CurrentUser user) {
        return user.has(Role.NATIONAL_ADMIN)
                || (user.has(Role.PROVINCIAL_ADMIN) && user.scope().level() == RegionScope.Level.PROVINCE);
    }

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        return takesPart(user) ? List.of(new Navigation(44, "nav.nominations", "/nominations", "person-check").inGroup("training"))
                : List.of();
    }
}
