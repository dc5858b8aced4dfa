package org.iptalent.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.iptalent.platform.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * API requests that do not fit the API: an unknown path (404), a method (405) or body type (415) the path does not
 * take, an {@code Accept} nothing there answers (406). Most fail before a controller is chosen, so
 * {@link ApiExceptionHandler}, which serves the API's controllers, never sees them, and Spring Boot's
 * {@code /error} would answer its own JSON in English; a body type is refused once the controller is chosen, and
 * would get Spring's English detail. Here they all become problem details like every other API error, with
 * Spring's {@code Allow} or {@code Accept} header. The same failures on pages go on to the error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRequestMismatch {

    private final ProblemResponses problems;

    ApiRequestMismatch(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class})
    ResponseEntity<ProblemDetail> mismatch(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || !(e instanceof ErrorResponse error)) {
            throw e; // not the API's: the next resolver sends the error page
        }
        ProblemDetail problem;
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            problem = problems.problem(request, error.getStatusCode(), "problem.methodNotAllowed", method.getMethod());
        } else if (e instanceof HttpMediaTypeNotSupportedException type) {
            problem = problems.problem(request, error.getStatusCode(), "problem.unsupportedMediaType",
                    type.getContentType() == null ? "—" : type.getContentType());
        } else if (e instanceof HttpMediaTypeNotAcceptableException) {
            problem = problems.problem(request, error.getStatusCode(), "problem.notAcceptable");
        } else {
            problem = problems.problem(request, error.getStatusCode(), "problem.notFound");
        }
        return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(problem);
    }
}
