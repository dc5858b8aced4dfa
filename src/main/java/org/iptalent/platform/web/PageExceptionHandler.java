package org.iptalent.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.ServiceBusyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Domain errors on pages: the localized error pages, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final LayoutModel layout;

    PageExceptionHandler(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(404, request, response, model);
    }

    @ExceptionHandler({AccessDeniedException.class, org.springframework.security.access.AccessDeniedException.class})
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(403, request, response, model);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(409, request, response, model);
    }

    @ExceptionHandler(ServiceBusyException.class)
    String busy(ServiceBusyException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        return page(503, request, response, model);
    }

    /** A NUL in a search term or a form field, which the database cannot hold: the request's fault, 400. */
    @ExceptionHandler({DataAccessException.class, TransactionSystemException.class})
    String invalidCharacter(RuntimeException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (!InvalidCharacters.causeOf(e)) {
            throw e;
        }
        return page(400, request, response, model);
    }

    /** The one error page (templates/error.html), as Spring Boot also renders it for errors outside controllers. */
    private String page(int status, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        layout.populate(model, request);
        return "error";
    }
}
