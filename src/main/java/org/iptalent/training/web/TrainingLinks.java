package org.iptalent.training.web;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** Classes and programs for everyone who trains or runs training; a talent's own training for talents. */
@Component
class TrainingLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        List<Navigation> links = new ArrayList<>();
        boolean runs = !user.scope().isNothing() || user.has(Role.TRAINING_BASE_MANAGER);
        if (runs || user.has(Role.TALENT)) {
            links.add(new Navigation(40, "nav.classes", "/classes", "easel").inGroup("training"));
        }
        if (runs) {
            links.add(new Navigation(41, "nav.programs", "/programs", "diagram-3").inGroup("training"));
        }
        if (user.has(Role.TALENT)) {
            links.add(new Navigation(42, "nav.myTraining", "/my/training", "mortarboard").inGroup("training"));
        }
        return links;
    }
}
