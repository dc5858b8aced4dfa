package org.iptalent.platform;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place an API error becomes an RFC 9457 problem detail: its title ({@code problem.title.<status>}) and
 * detail from the message bundles, in the language the platform's {@link LocaleResolver} gives the request
 * (Chinese unless the client asks for English), never the server's default locale, and the request's path as
 * its instance. The API's exception handler builds its answers here, and the servlet filters that answer
 * before any controller runs (authentication, access, an oversized body) write them here.
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

    /** A problem with the detail {@code detailKey} from the bundles, in the request's language. */
    public ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String detailKey,
            Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(request, detailKey, arguments));
        localize(problem, request);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** Gives a problem built elsewhere (by Spring MVC, say) the bundles' title for its status, when they have one. */
    public void localize(ProblemDetail problem, HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        String title = messages.getMessage("problem.title." + problem.getStatus(), null,
                status == null ? null : status.getReasonPhrase(), locales.resolveLocale(request));
        if (title != null) {
            problem.setTitle(title);
        }
    }

    /** A text from the bundles in the request's language (the key itself where the bundles have none). */
    public String message(HttpServletRequest request, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locales.resolveLocale(request));
    }

    /** A field error's (or any resolvable's) text from the bundles in the request's language. */
    public String message(HttpServletRequest request, MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locales.resolveLocale(request));
    }

    /** Writes {@code status} with the detail {@code detailKey} from the bundles, title {@code problem.title.<status>}. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
            Object... arguments) throws IOException {
        ProblemDetail problem = problem(request, status, detailKey, arguments);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
