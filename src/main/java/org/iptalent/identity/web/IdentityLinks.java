package org.iptalent.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.identity.UserManagement;
import org.iptalent.platform.DashboardCard;
import org.iptalent.platform.DashboardCards;
import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** User management in the navigation and on the dashboard, for administrators only. */
@Component
class IdentityLinks implements NavigationLinks, DashboardCards {

    private final UserManagement users;

    IdentityLinks(UserManagement users) {
        this.users = users;
    }

    static boolean manages(CurrentUser user) {
        return user.has(Role.SECURITY_ADMIN) || user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN)
                || user.has(Role.CITY_ADMIN);
    }

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        return manages(user) ? List.of(new Navigation(80, "nav.users", "/users", "people")) : List.of();
    }

    @Override
    public List<DashboardCard> cardsFor(CurrentUser user) {
        List<DashboardCard> cards = new ArrayList<>();
        if (manages(user)) {
            long count = users.find(null, PageRequest.of(0, 1)).getTotalElements();
            cards.add(new DashboardCard(80, "card.users", String.format("%,d", count), "card.users.note", List.of(),
                    "/users", "people"));
        }
        cards.add(new DashboardCard(95, "card.account", user.username(), "card.account.note", List.of(), "/account",
                "person-gear"));
        return cards;
    }
}
