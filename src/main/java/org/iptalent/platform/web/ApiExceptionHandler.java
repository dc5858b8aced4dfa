package org.iptalent.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.ServiceBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem details in the caller's language; invalid input lists its
 * fields under {@code errors}. Unexpected failures are logged and answered without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    record FieldError(String field, String message) {
    }

    private final MessageSource messages;
    private final DataSize maxUpload;

    ApiExceptionHandler(MessageSource messages, MultipartProperties multipart) {
        this.messages = messages;
        this.maxUpload = multipart.getMaxRequestSize();
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, text("problem.notFound"), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, text(e.messageKey(), e.arguments()), request);
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, text("problem.forbidden"), request);
    }

    @ExceptionHandler(org.iptalent.shared.InvalidInputException.class)
    ProblemDetail invalidInput(org.iptalent.shared.InvalidInputException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.invalid"), request);
        problem.setProperty("errors", e.problems().stream()
                .map(p -> new FieldError(p.field(), text(p.messageKey(), p.arguments().toArray()))).toList());
        return problem;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e, HttpServletRequest request) {
        String message = text(e.messageKey(), e.arguments());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message, request);
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldError(e.field(), message)));
        }
        return problem;
    }

    /** Busy is temporary: Retry-After tells a client (a nightly sync, say) when to come back. */
    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<ProblemDetail> busy(ServiceBusyException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, text("problem.busy"), request));
    }

    @ExceptionHandler(BadCredentialsException.class)
    ProblemDetail badCredentials(BadCredentialsException e, HttpServletRequest request) {
        return problem(HttpStatus.UNAUTHORIZED, text("login.failed"), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, text("error.staleEdit"), request);
    }

    @ExceptionHandler({ConstraintViolationException.class, MethodArgumentTypeMismatchException.class,
            IllegalArgumentException.class})
    ProblemDetail badParameter(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, text("problem.badParameter"), request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.internal"), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), messages.getMessage(f, locale))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.invalid"));
        problem.setTitle(text("problem.title.400"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.invalid"));
        problem.setTitle(text("problem.title.400"));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.unreadable"));
        problem.setTitle(text("problem.title.400"));
        return ResponseEntity.badRequest().body(problem);
    }

    /** An upload the multipart parser refused (a body without Content-Length over the limit): 413, said why. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                text("problem.uploadTooLarge", maxUpload.toMegabytes(), maxUpload.toKilobytes()));
        problem.setTitle(text("problem.title.413"));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    /** Localises the titles and details Spring fills in for the standard MVC exceptions. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            String title = messages.getMessage("problem.title." + status.value(), null, null,
                    LocaleContextHolder.getLocale());
            if (title != null) {
                problem.setTitle(title);
            }
            if (status.value() == 404) {
                problem.setDetail(text("problem.notFound"));
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("problem.title." + status.value()));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
