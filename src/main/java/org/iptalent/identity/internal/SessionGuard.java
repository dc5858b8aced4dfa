package org.iptalent.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.identity.SecurityProperties;
import org.iptalent.shared.CurrentUser;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends browser sessions that must end: idle for longer than the timeout (background polling does not
 * count as activity), or whose account was disabled, lost a role or changed its password since the
 * session began (the account's security stamp moved on).
 */
public class SessionGuard extends OncePerRequestFilter {

    /** Requests with this header are background polls: they must not keep an idle session alive. */
    public static final String POLL_HEADER = "X-Background-Poll";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final Clock clock;

    public SessionGuard(JdbcTemplate jdbc, AuditLog audit, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || authentication == null || !(authentication.getPrincipal() instanceof CurrentUser
                || authentication.getPrincipal() instanceof PendingLogin)) {
            chain.doFilter(request, response);
            return;
        }
        long now = clock.millis();
        Object last = session.getAttribute(SessionAttributes.LAST_ACTIVITY);
        if (last instanceof Long lastActivity && now - lastActivity > properties.idleTimeout().toMillis()) {
            if (authentication.getPrincipal() instanceof CurrentUser user) {
                audit.record(AuditEvent.of(AuditAction.SESSION_EXPIRED, "User", user.id()).region(user.regionCode())
                        .message("audit.detail.sessionIdle", properties.idleTimeout().toMinutes()));
            }
            end(request, response, session, "expired");
            return;
        }
        if (authentication.getPrincipal() instanceof CurrentUser user && !stillValid(user, session)) {
            end(request, response, session, "ended");
            return;
        }
        if (request.getHeader(POLL_HEADER) == null) {
            session.setAttribute(SessionAttributes.LAST_ACTIVITY, now);
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(CurrentUser user, HttpSession session) {
        try {
            Map<String, Object> row = jdbc.queryForMap(
                    "select enabled, security_stamp from app_user where id = ?", user.id());
            return Boolean.TRUE.equals(row.get("enabled"))
                    && row.get("security_stamp").equals(session.getAttribute(SessionAttributes.SECURITY_STAMP));
        } catch (EmptyResultDataAccessException e) {
            return false;
        }
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, HttpSession session,
            String reason) throws IOException {
        session.invalidate();
        SecurityContextHolder.clearContext();
        String target = request.getContextPath() + "/login?" + reason;
        if (request.getHeader("HX-Request") != null) {
            // htmx follows HX-Redirect with a full page load instead of swapping the login page into a fragment
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(target);
    }
}
