package org.iptalent.planning.web;

import java.util.Map;
import java.util.Optional;

import org.iptalent.platform.HomePanel;
import org.iptalent.platform.HomePanels;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The plan's indicators on the home page of the national office and of provincial and city administrators. */
@Component
class DashboardPanel implements HomePanels {

    private final PlanDashboards dashboards;

    DashboardPanel(PlanDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public Optional<HomePanel> panelFor(CurrentUser user) {
        if (!(user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN))
                || user.scope().isNothing()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HomePanel(0, "planning/dashboard",
                    Map.of("dashboard", dashboards.forUser(user, null, LocaleContextHolder.getLocale()))));
        } catch (RecordNotFoundException noPlan) {
            return Optional.empty();
        }
    }
}
