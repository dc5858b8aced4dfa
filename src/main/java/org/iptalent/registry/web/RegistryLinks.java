package org.iptalent.registry.web;

import java.util.List;

import org.iptalent.platform.DashboardCard;
import org.iptalent.platform.DashboardCards;
import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** The registry in the navigation and on the dashboard, for users whose scope covers some region. */
@Component
class RegistryLinks implements NavigationLinks, DashboardCards {

    private final TalentRegistry registry;

    RegistryLinks(TalentRegistry registry) {
        this.registry = registry;
    }

    static boolean sees(CurrentUser user) {
        return !user.scope().isNothing();
    }

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        return sees(user) ? List.of(new Navigation(10, "nav.talents", "/talents", "person-vcard")) : List.of();
    }

    @Override
    public List<DashboardCard> cardsFor(CurrentUser user) {
        if (!sees(user)) {
            return List.of();
        }
        return List.of(new DashboardCard(5, "card.talents", String.format("%,d", registry.count()), "card.talents.note", List.of(), "/talents",
                "person-vcard"));
    }
}
