package org.iptalent.platform;

import java.util.List;

import org.iptalent.shared.CurrentUser;

/** A module's links in the main navigation, for one user. */
public interface NavigationLinks {

    List<Navigation> linksFor(CurrentUser user);
}
