package org.iptalent.analytics.annual.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** The annual statistical reports in the navigation, beside the forecasts, for the national office. */
@Component
class AnnualReportLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        if (user.has(Role.NATIONAL_ADMIN)) {
            return List.of(new Navigation(18, "analytics.annual.nav", "/analytics/annual-reports", "file-earmark-bar-graph").inGroup("analytics"));
        }
        return List.of();
    }
}
