package org.iptalent.platform.web;

import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.springframework.stereotype.Component;

@Component
class HomeLinks implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        return List.of(new Navigation(0, "nav.home", "/", "house"));
    }
}
