package org.iptalent.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.iptalent.platform.ProblemResponses;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.ServiceBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the API's controllers raise as RFC 9457 problem details in the caller's language, built by
 * {@link ProblemResponses}; invalid input lists its fields under {@code errors}. Unexpected failures are logged
 * and answered without internals. A path, method, body type or {@code Accept} the API does not take is
 * {@link ApiRequestMismatch}'s, which comes first.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    record FieldError(String field, String message) {
    }

    private final ProblemResponses problems;
    private final DataSize maxUpload;

    ApiExceptionHandler(ProblemResponses problems, MultipartProperties multipart) {
        this.problems = problems;
        this.maxUpload = multipart.getMaxRequestSize();
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.NOT_FOUND, "problem.notFound");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.FORBIDDEN, e.messageKey(), e.arguments());
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    @ExceptionHandler(org.iptalent.shared.InvalidInputException.class)
    ProblemDetail invalidInput(org.iptalent.shared.InvalidInputException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, "problem.invalid");
        problem.setProperty("errors", e.problems().stream().map(p -> new FieldError(p.field(),
                problems.message(request, p.messageKey(), p.arguments().toArray()))).toList());
        return problem;
    }

    @ExceptionHandler(org.iptalent.shared.ConflictException.class)
    ProblemDetail conflict(org.iptalent.shared.ConflictException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.CONFLICT, e.messageKey(), e.arguments());
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, e.messageKey(), e.arguments());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldError(e.field(), problem.getDetail())));
        }
        return problem;
    }

    /** Busy is temporary: Retry-After tells a client (a nightly sync, say) when to come back. */
    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<ProblemDetail> busy(ServiceBusyException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problems.problem(request, HttpStatus.SERVICE_UNAVAILABLE, "problem.busy"));
    }

    @ExceptionHandler(BadCredentialsException.class)
    ProblemDetail badCredentials(BadCredentialsException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.UNAUTHORIZED, "login.failed");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.CONFLICT, "error.staleEdit");
    }

    @ExceptionHandler({ConstraintViolationException.class, MethodArgumentTypeMismatchException.class,
            IllegalArgumentException.class})
    ProblemDetail badParameter(Exception e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.BAD_REQUEST, "problem.badParameter");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        if (InvalidCharacters.causeOf(e)) {
            return problems.problem(request, HttpStatus.BAD_REQUEST, "problem.invalidCharacter");
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), problems.message(servlet(request), f))).toList();
        ProblemDetail problem = problems.problem(servlet(request), HttpStatus.BAD_REQUEST, "problem.invalid");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problems.problem(servlet(request), HttpStatus.BAD_REQUEST,
                "problem.invalid"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problems.problem(servlet(request), HttpStatus.BAD_REQUEST,
                "problem.unreadable"));
    }

    /** An upload the multipart parser refused (a body without Content-Length over the limit): 413, said why. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problems.problem(servlet(request),
                HttpStatus.CONTENT_TOO_LARGE, "problem.uploadTooLarge", maxUpload.toMegabytes(),
                maxUpload.toKilobytes()));
    }

    /** Localises the titles (and a 404's detail) Spring fills in for the standard MVC exceptions. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problems.localize(problem, servlet(request));
            if (status.value() == 404) {
                problem.setDetail(problems.message(servlet(request), "problem.notFound"));
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }
}
