package org.iptalent.education.web;

import java.util.List;

import org.iptalent.education.EducationAccess;
import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Degree programmes and academies in one menu for the administrations. */
@Component
class EducationLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        if (!EducationAccess.keeps(user)) {
            return List.of();
        }
        return List.of(new Navigation(36, "nav.degreeProgrammes", "/education/programmes", "mortarboard")
                .inGroup("education"), new Navigation(37, "nav.academies", "/education/academies", "building")
                .inGroup("education"));
    }
}
