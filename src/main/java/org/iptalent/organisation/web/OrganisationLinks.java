package org.iptalent.organisation.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Organisations in the navigation, after the talents, for users whose scope covers some region. */
@Component
class OrganisationLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        return user.scope().isNothing() ? List.of()
                : List.of(new Navigation(20, "nav.organisations", "/organisations", "buildings"));
    }
}
