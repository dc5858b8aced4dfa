package org.iptalent.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized request bodies before anything reads them: 413, with a problem-details body on
 * the API. Uploads (multipart) have their own, larger limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxUpload;

    RequestSizeLimit(@Value("${iptalent.web.max-body-size:1MB}") DataSize maxBody,
            @Value("${spring.servlet.multipart.max-request-size:60MB}") DataSize maxUpload) {
        this.maxBody = maxBody.toBytes();
        this.maxUpload = maxUpload.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long limit = type != null && type.startsWith("multipart/") ? maxUpload : maxBody;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setCharacterEncoding("UTF-8");
            response.setContentType("application/problem+json");
            boolean english = String.valueOf(request.getHeader("Accept-Language")).startsWith("en");
            String detail = english ? "The request is larger than the " + (limit / 1024) + " KB allowed."
                    : "请求内容超过允许的 " + (limit / 1024) + " KB 上限。";
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                    + "\"detail\":\"" + detail + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
