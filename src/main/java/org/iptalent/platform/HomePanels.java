package org.iptalent.platform;

import java.util.Optional;

import org.iptalent.shared.CurrentUser;

/** A module's panel on the home page, for the users it concerns (in that user's scope). */
public interface HomePanels {

    Optional<HomePanel> panelFor(CurrentUser user);
}
