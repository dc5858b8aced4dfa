package org.iptalent.planning.web;

import java.util.Locale;
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
    private final PanelDrawings drawings;

    DashboardPanel(PlanDashboards dashboards, PanelDrawings drawings) {
        this.dashboards = dashboards;
        this.drawings = drawings;
    }

    @Override
    public Optional<HomePanel> panelFor(CurrentUser user) {
        if (!(user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN))
                || user.scope().isNothing()) {
            return Optional.empty();
        }
        try {
            Locale locale = LocaleContextHolder.getLocale();
            String html = drawings.html(PlanDashboards.regionOf(user), locale,
                    () -> drawings.draw(dashboards.forUser(user, null, locale), locale));
            return Optional.of(new HomePanel(0, "planning/dashboard-drawn", Map.of("html", html)));
        } catch (RecordNotFoundException noPlan) {
            return Optional.empty();
        }
    }
}
