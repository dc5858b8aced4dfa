package org.iptalent.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.iptalent.identity.UserManagement;
import org.iptalent.platform.DashboardCard;
import org.iptalent.platform.DashboardCards;
import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.reference.Localized;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** User management in the navigation and on the dashboard, for administrators only. */
@Component
class IdentityLinks implements NavigationLinks, DashboardCards {

    private final UserManagement users;
    private final ReferenceData reference;
    private final MessageSource messages;

    IdentityLinks(UserManagement users, ReferenceData reference, MessageSource messages) {
        this.users = users;
        this.reference = reference;
        this.messages = messages;
    }

    /**
     * The account's region in the user's language: its province or city, the whole country for an account
     * without one (a national administrator, the auditor, the security administrator, whose work spans the
     * country), and "not region-bound" for the system administrator, who configures the platform and sees no
     * region's records.
     */
    private String region(CurrentUser user) {
        Locale locale = LocaleContextHolder.getLocale();
        if (user.regionCode() != null) {
            return reference.division(user.regionCode())
                    .map(d -> Localized.isEnglish(locale) ? d.nameEn() : d.shortNameZh()).orElse(user.regionCode());
        }
        return messages.getMessage(user.has(Role.SYSTEM_ADMIN) ? "card.account.noRegion" : "card.account.national",
                null, locale);
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
        // the card names the user's region: the first thing an official checks is whose records they see
        cards.add(new DashboardCard(95, "card.account", region(user), user.regionCode() == null ? "card.account.note"
                : "card.account.region", List.of(user.regionCode() == null ? "" : user.regionCode()), "/account",
                "person-gear"));
        return cards;
    }
}
