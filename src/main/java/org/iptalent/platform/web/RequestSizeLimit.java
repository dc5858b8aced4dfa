package org.iptalent.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.platform.ProblemResponses;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized request bodies before anything reads them: 413, as localized problem details on
 * the API and the localized error page in the browser. Uploads (multipart) have their own, larger limit;
 * a file within it but over an import's own limit is refused by the import, also as 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxUpload;
    private final ProblemResponses problems;

    RequestSizeLimit(WebRequestProperties web, MultipartProperties multipart, ProblemResponses problems) {
        this.maxBody = web.maxBodySize().toBytes();
        this.maxUpload = multipart.getMaxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        long limit = upload ? maxUpload : maxBody;
        if (request.getContentLengthLong() > limit) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                        upload ? "problem.uploadTooLarge" : "problem.bodyTooLarge", DataSize.ofBytes(limit).toMegabytes(),
                        DataSize.ofBytes(limit).toKilobytes());
            } else {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
