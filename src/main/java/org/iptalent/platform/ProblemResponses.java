package org.iptalent.platform;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details for errors answered in a servlet filter (authentication, access, an oversized body),
 * before any controller runs: the same shape and the same bundles as the API's exception handler, in the
 * language the platform's {@link LocaleResolver} gives the request (Chinese unless the client asks for
 * English) rather than the server's default locale.
 */
@Component
public class ProblemResponses {

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ProblemResponses(MessageSource messages, JsonMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    /** Writes {@code status} with the detail {@code detailKey} from the bundles, title {@code problem.title.<status>}. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
            Object... arguments) throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(detailKey, arguments, detailKey, locale));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
                locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
