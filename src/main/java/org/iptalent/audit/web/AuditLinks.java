package org.iptalent.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.iptalent.audit.internal.AuditSearch;
import org.iptalent.platform.DashboardCard;
import org.iptalent.platform.DashboardCards;
import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The audit log in the navigation and on the dashboard: the auditor's alone. */
@Component
class AuditLinks implements NavigationLinks, DashboardCards {

    private final AuditSearch search;

    AuditLinks(AuditSearch search) {
        this.search = search;
    }

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        return user.has(Role.AUDITOR) ? List.of(new Navigation(85, "nav.audit", "/audit", "shield-lock")) : List.of();
    }

    @Override
    public List<DashboardCard> cardsFor(CurrentUser user) {
        if (!user.has(Role.AUDITOR)) {
            return List.of();
        }
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai")).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        long count = search.find(new AuditSearch.Criteria(null, null, null, null, today, null), PageRequest.of(0, 1))
                .getTotalElements();
        return List.of(new DashboardCard(10, "card.audit", String.format("%,d", count), "card.audit.note",
                List.of(count), "/audit", "shield-lock"));
    }
}
