package org.iptalent.expert.api;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.iptalent.expert.draw.UnsatisfiableDrawException;
import org.iptalent.platform.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A draw that cannot be satisfied is 422, not the 400 of a malformed request: the request was right, the pool cannot
 * meet it. The problem names the requirement (from 0) and how many experts were eligible for it.
 */
@RestControllerAdvice(assignableTypes = DrawApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DrawProblems {

    private final ProblemResponses problems;

    DrawProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(UnsatisfiableDrawException.class)
    ProblemDetail unsatisfiable(UnsatisfiableDrawException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(request, HttpStatus.UNPROCESSABLE_ENTITY, e.messageKey(),
                e.arguments());
        problem.setProperty("requirement", e.requirement());
        problem.setProperty("eligibleCount", e.eligibleCount());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", problem.getDetail())));
        return problem;
    }
}
