package org.iptalent.reference.web;

import java.util.List;

import org.iptalent.platform.DashboardCard;
import org.iptalent.platform.DashboardCards;
import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** The reference data's place in the navigation and on the dashboard: open to every signed-in user. */
@Component
class ReferenceLinks implements NavigationLinks, DashboardCards {

    private final ReferenceData reference;

    ReferenceLinks(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        return List.of(new Navigation(90, "nav.reference", "/reference", "journal-bookmark"));
    }

    @Override
    public List<DashboardCard> cardsFor(CurrentUser user) {
        long divisions = reference.provinces().stream().mapToLong(p -> 1 + reference.citiesOf(p.code()).size()).sum();
        return List.of(new DashboardCard(90, "card.reference", String.valueOf(divisions), "card.reference.note",
                List.of(), "/reference", "journal-bookmark"));
    }
}
