package org.iptalent.publicnotice.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** The region's notices and their objections in the navigation, for the administrators who publish them. */
@Component
class PublicNoticeLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        boolean administrator = user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN)
                || user.has(Role.CITY_ADMIN);
        return administrator && !user.scope().isNothing()
                ? List.of(new Navigation(27, "nav.publicNotices", "/public-notices", "megaphone").inGroup("experts")) : List.of();
    }
}
