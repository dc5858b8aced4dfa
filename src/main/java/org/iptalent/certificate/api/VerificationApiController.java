package org.iptalent.certificate.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.iptalent.certificate.internal.PublicVerification;
import org.iptalent.certificate.internal.PublicVerification.TooManyLookups;
import org.iptalent.certificate.internal.Verification;
import org.iptalent.platform.ApiProblem;
import org.iptalent.platform.ProblemResponses;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public verification of a certificate by its code: what the QR code's page shows, as JSON, without a token. */
@RestController
@Tag(name = "Certificates")
class VerificationApiController {

    private final PublicVerification verification;
    private final ProblemResponses problems;

    VerificationApiController(PublicVerification verification, ProblemResponses problems) {
        this.verification = verification;
        this.problems = problems;
    }

    @GetMapping("/api/v1/certificates/{code}/verification")
    @SecurityRequirements
    @Operation(summary = "Verify a certificate (public)", description = "No token. Only what confirms the "
            + "certificate: its status today (VALID, EXPIRED, REVOKED or SUPERSEDED by a renewal), the holder's name "
            + "masked, what was earned, the type's name in the request's language, the issuer, the serial number and "
            + "the dates. Look-ups are limited per client address (a token bucket, 30 a minute with bursts of 10 by "
            + "default; a code that does not exist costs more): over the limit is 429 with Retry-After.")
    @ApiProblem(status = 404, description = "No certificate has this code (a malformed code is answered the same "
            + "way).")
    @ApiProblem(status = 429, description = "Too many look-ups from your address: wait the seconds of Retry-After.")
    Verification verify(@Parameter(description = "The verification code: 26 characters, as the QR code's link "
            + "ends.") @PathVariable String code, HttpServletRequest request, Locale locale) {
        return verification.verify(code, request.getRemoteAddr(), locale);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(HttpServletRequest request) {
        return problems.problem(request, HttpStatus.NOT_FOUND, "certificate.verify.notFound");
    }

    @ExceptionHandler(TooManyLookups.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyLookups e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, "certificate.verify.tooMany",
                        e.retryAfterSeconds()));
    }
}
