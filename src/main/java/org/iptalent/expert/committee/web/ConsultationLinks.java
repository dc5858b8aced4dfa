package org.iptalent.expert.committee.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/**
 * A talent's (or expert's) own consultations in the navigation: a committee member answers there. The
 * administrators reach the committees from the expert pool's page.
 */
@Component
class ConsultationLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        return user.has(Role.TALENT) || user.has(Role.EXPERT)
                ? List.of(new Navigation(47, "expert.consultation.nav", "/experts/committees/consultations/mine",
                        "chat-left-quote"))
                : List.of();
    }
}
