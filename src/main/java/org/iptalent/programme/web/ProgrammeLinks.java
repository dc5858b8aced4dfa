package org.iptalent.programme.web;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Talent programmes in the navigation for the national and provincial administrators; a talent's account (which a
 * drawn reviewer signs in with) finds the reviews it was drawn for.
 */
@Component
class ProgrammeLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        List<Navigation> links = new ArrayList<>();
        if (user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN)) {
            links.add(new Navigation(28, "nav.programmes", "/programmes", "trophy").inGroup("experts"));
        }
        if (user.has(Role.TALENT)) {
            links.add(new Navigation(47, "nav.programmeReviews", "/programmes/reviews", "pencil-square"));
        }
        return links;
    }
}
