package org.iptalent.training.base.web;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.iptalent.training.base.BaseReviews;
import org.springframework.stereotype.Component;

/**
 * The training bases for those who see some (administrators with a region, bases' managers); their reviews for
 * the named reviewers of an assessment who have one still to give and do not see the bases' pages otherwise.
 */
@Component
class BaseLinks implements NavigationLinks {

    private final BaseReviews reviews;

    BaseLinks(BaseReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        List<Navigation> links = new ArrayList<>();
        boolean seesBases = TrainingBaseController.seesBases(user);
        if (seesBases) {
            links.add(new Navigation(35, "nav.trainingBases", "/training-bases", "building-check").inGroup("training"));
        }
        if (!seesBases && !user.has(Role.AUDITOR) && !user.has(Role.SECURITY_ADMIN) && !user.has(Role.SYSTEM_ADMIN)
                && reviews.hasPending(user.id())) {
            links.add(new Navigation(36, "nav.baseReviews", "/training-bases/reviews", "clipboard-check").inGroup("training"));
        }
        return links;
    }
}
