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

    /**
     * The page layout's attributes, for every page. The API's controllers are {@code @Controller}s too,
     * but render no page: they skip the work (the navigation is built from every module's links).
     */
    @ModelAttribute
    void populate(org.springframework.ui.Model model, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return;
        }
        model.addAttribute("currentUser", currentUser());
        model.addAttribute("navigation", NavigationItem.of(navigation(), request.getRequestURI()));
        model.addAttribute("htmxHeaders", htmxHeaders(request));
        model.addAttribute("english", english(org.springframework.web.servlet.support.RequestContextUtils.getLocale(request)));
        model.addAttribute("currentPath", request.getRequestURI());
    }

    private CurrentUser currentUser() {
        return CurrentUser.find().orElse(null);
    }

    private List<Navigation> navigation() {
        return CurrentUser.find().map(user -> links.stream().flatMap(l -> l.linksFor(user).stream())
                .sorted(Comparator.comparingInt(Navigation::order)).toList()).orElse(List.of());
    }

    /** htmx sends this JSON as headers with every request, so its POSTs pass the CSRF check. */
    private static String htmxHeaders(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
        }
        return "{}";
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
