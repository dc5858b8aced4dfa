package org.iptalent.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.ServiceBusyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
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
        response.setStatus(404);
        model.addAttribute("status", 404);
        layout.populate(model, request);
        return "error/404";
    }

    @ExceptionHandler({AccessDeniedException.class, org.springframework.security.access.AccessDeniedException.class})
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        layout.populate(model, request);
        return "error/403";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(409);
        model.addAttribute("status", 409);
        layout.populate(model, request);
        return "error/409";
    }

    @ExceptionHandler(ServiceBusyException.class)
    String busy(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(503);
        response.setHeader("Retry-After", "5");
        model.addAttribute("status", 503);
        layout.populate(model, request);
        return "error/503";
    }
}
