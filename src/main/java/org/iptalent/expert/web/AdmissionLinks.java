package org.iptalent.expert.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** Admission in the navigation: the administrations' queue, and a talent's own application to the pool. */
@Component
class AdmissionLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        if (user.has(Role.TALENT)) {
            return List.of(new Navigation(47, "nav.myExpertApplication", "/my/expert-application", "person-badge"));
        }
        boolean administrator = user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN)
                || user.has(Role.CITY_ADMIN);
        return administrator && !user.scope().isNothing()
                ? List.of(new Navigation(26, "nav.expertAdmission", "/experts/admission", "person-plus").inGroup("experts")) : List.of();
    }
}
