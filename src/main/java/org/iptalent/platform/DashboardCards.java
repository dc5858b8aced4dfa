package org.iptalent.platform;

import java.util.List;

import org.iptalent.shared.CurrentUser;

/** A module's contribution to the home dashboard, for one user (respecting that user's scope). */
public interface DashboardCards {

    List<DashboardCard> cardsFor(CurrentUser user);
}
