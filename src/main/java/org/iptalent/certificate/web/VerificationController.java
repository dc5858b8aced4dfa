package org.iptalent.certificate.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.certificate.internal.PublicVerification;
import org.iptalent.certificate.internal.PublicVerification.TooManyLookups;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public verification page, the QR code's target: anyone, signed in or not, reads what confirms a certificate,
 * in the platform's look without the signed-in navigation. An unknown (or malformed) code is a 404 page, too many
 * look-ups from one address a 429 page with Retry-After.
 */
@Controller
class VerificationController {

    private final PublicVerification verification;

    VerificationController(PublicVerification verification) {
        this.verification = verification;
    }

    /** The form to type a code in; a code typed there goes to its page. */
    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code) {
        if (code != null && !code.isBlank()) {
            return "redirect:" + UriComponentsBuilder.fromPath("/verify/{code}").buildAndExpand(code.strip())
                    .encode().toUriString();
        }
        return "certificate/verify";
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("certificate", verification.verify(code, request.getRemoteAddr(), locale));
        return "certificate/verify";
    }

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("notFound", true);
        return "certificate/verify";
    }

    @ExceptionHandler(TooManyLookups.class)
    String tooMany(TooManyLookups e, HttpServletResponse response, Model model) {
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        model.addAttribute("retryAfter", e.retryAfterSeconds());
        return "certificate/verify";
    }
}
