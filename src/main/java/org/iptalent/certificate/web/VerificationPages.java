package org.iptalent.certificate.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.iptalent.certificate.internal.PublicVerification;
import org.iptalent.certificate.internal.PublicVerification.TooManyLookups;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RenderingResponse;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public verification page, the QR code's target: anyone, signed in or not, reads what confirms a certificate,
 * in the platform's look without the signed-in navigation. An unknown (or malformed) code is a 404 page, too many
 * look-ups from one address a 429 page with Retry-After.
 * <p>
 * A functional endpoint rather than a controller, on purpose: the signed-in pages' layout model (every
 * {@code @Controller}'s) asks for the CSRF token, which opens a server session, and a page anyone may open by the
 * thousand with a phone must not leave a session behind each time.
 */
@Configuration(proxyBeanMethods = false)
class VerificationPages {

    static final String VIEW = "certificate/verify";
    /** What a person may type of a code: its letters and digits, perhaps grouped by spaces or hyphens. */
    private static final java.util.regex.Pattern TYPED_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9 -]{1,64}");

    @Bean
    RouterFunction<ServerResponse> certificateVerificationPages(PublicVerification verification) {
        return RouterFunctions.route()
                .GET("/verify", request -> form(request))
                .GET("/verify/{code}", request -> verify(request, verification))
                .build();
    }

    /**
     * The form to type a code in; a code typed there goes to its page. One with a character no code has (a slash,
     * a NUL, punctuation) is not found here: its page's address would be refused by the server before any page,
     * with the container's bare English error.
     */
    private static ServerResponse form(ServerRequest request) {
        String code = request.param("code").map(String::strip).orElse("");
        if (!code.isEmpty() && !TYPED_CODE.matcher(code).matches()) {
            return RenderingResponse.create(VIEW).status(HttpStatus.NOT_FOUND).modelAttribute("notFound", true)
                    .build();
        }
        if (!code.isEmpty()) {
            return ServerResponse.status(HttpStatus.FOUND).location(UriComponentsBuilder.fromPath("/verify/{code}")
                    .buildAndExpand(code).encode().toUri()).build();
        }
        return RenderingResponse.create(VIEW).build();
    }

    private static ServerResponse verify(ServerRequest request, PublicVerification verification) {
        HttpServletRequest servlet = request.servletRequest();
        Locale locale = RequestContextUtils.getLocale(servlet);
        try {
            return RenderingResponse.create(VIEW).modelAttribute("certificate",
                    verification.verify(request.pathVariable("code"), servlet.getRemoteAddr(), locale)).build();
        } catch (RecordNotFoundException e) {
            return RenderingResponse.create(VIEW).status(HttpStatus.NOT_FOUND).modelAttribute("notFound", true)
                    .build();
        } catch (TooManyLookups e) {
            return RenderingResponse.create(VIEW).status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                    .modelAttribute("retryAfter", e.retryAfterSeconds()).build();
        }
    }
}
