package org.iptalent.training.rotation.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** Rotation campaigns in the navigation, for administrators of a region or of the country. */
@Component
class RotationLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        boolean administers = (user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN)
                || user.has(Role.CITY_ADMIN)) && !user.scope().isNothing();
        return administers ? List.of(new Navigation(43, "nav.rotationCampaigns", "/rotation-campaigns", "arrow-repeat").inGroup("training"))
                : List.of();
    }
}
