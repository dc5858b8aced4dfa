package org.iptalent.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the list being shown, built from the current request: every filter the user
 * chose stays as it was, whatever the list, and only {@code page} changes. The one pager
 * ({@code fragments/pagination}) uses it as {@code @pageLinks.to(n)}, the language switch as
 * {@code @pageLinks.with('lang', …)}. A page showing several lists pages each by a parameter of its own
 * ({@code @pageLinks.to('memberPage', n)}), so turning one list's page keeps the others where they were.
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        return to("page", page);
    }

    /** Another page of the list paged by {@code parameter}, the page's other lists kept where they were. */
    public String to(String parameter, int page) {
        return with(parameter, String.valueOf(Math.max(0, page)));
    }

    /** The current request with one parameter set: the language switch keeps the search the user made. */
    public String with(String name, String value) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam(name, value).build(true).toUriString();
    }
}
