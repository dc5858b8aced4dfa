package org.iptalent.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the user, the navigation, the CSRF header for htmx, the language. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<NavigationLinks> links;

    LayoutModel(List<NavigationLinks> links) {
        this.links = links;
    }

    /** For views rendered by exception handlers, which {@code @ModelAttribute} methods do not reach. */
    void populate(org.springframework.ui.Model model, HttpServletRequest request) {
        model.addAttribute("currentUser", currentUser());
        model.addAttribute("navigation", navigation());
        model.addAttribute("htmxHeaders", htmxHeaders(request));
        model.addAttribute("english", english(org.springframework.web.servlet.support.RequestContextUtils.getLocale(request)));
        model.addAttribute("currentPath", currentPath(request));
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.find().orElse(null);
    }

    @ModelAttribute("navigation")
    List<Navigation> navigation() {
        return CurrentUser.find().map(user -> links.stream().flatMap(l -> l.linksFor(user).stream())
                .sorted(Comparator.comparingInt(Navigation::order)).toList()).orElse(List.of());
    }

    /** htmx sends this JSON as headers with every request, so its POSTs pass the CSRF check. */
    @ModelAttribute("htmxHeaders")
    String htmxHeaders(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
        }
        return "{}";
    }

    @ModelAttribute("english")
    boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
