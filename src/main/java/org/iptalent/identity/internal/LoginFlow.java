package org.iptalent.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.iptalent.identity.SecurityProperties;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The steps between an accepted password and an open session: verify the second factor, change an
 * initial or expired password, enrol a second factor where the role requires one. Until the last
 * step is done the session holds a {@link PendingLogin} and the single authority {@code LOGIN_PENDING}.
 */
@Component
public class LoginFlow implements AuthenticationSuccessHandler {

    public static final String SIGNED_IN = "SIGNED_IN";
    public static final String LOGIN_PENDING = "LOGIN_PENDING";

    private final UserAccounts users;
    private final LoginAttempts attempts;
    private final PasswordPolicy policy;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requestCache = new HttpSessionRequestCache();

    LoginFlow(UserAccounts users, LoginAttempts attempts, PasswordPolicy policy, SecurityProperties properties,
            Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.policy = policy;
        this.properties = properties;
        this.clock = clock;
    }

    /** Called by form login once the password is accepted. */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        PendingLogin pending = (PendingLogin) authentication.getPrincipal();
        UserAccount user = users.findById(pending.userId()).orElseThrow();
        List<LoginStep> steps = new ArrayList<>();
        if (user.isMfaEnabled()) {
            steps.add(LoginStep.VERIFY_SECOND_FACTOR);
        }
        if (user.isMustChangePassword() || policy.isExpired(user.getPasswordChangedAt(), clock.instant())) {
            steps.add(LoginStep.CHANGE_PASSWORD);
        }
        if (!user.isMfaEnabled() && properties.mfaRequiredFor(user.getRoles())) {
            steps.add(LoginStep.ENROL_SECOND_FACTOR);
        }
        continueWith(new PendingLogin(user.getId(), user.getUsername(), steps), request, response);
    }

    /** Marks a step done and sends the user to the next one, or into the platform. */
    public void stepDone(PendingLogin pending, LoginStep step, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        continueWith(pending.without(step), request, response);
    }

    private void continueWith(PendingLogin pending, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpSession session = request.getSession();
        session.setAttribute(SessionAttributes.LAST_ACTIVITY, clock.millis());
        if (!pending.steps().isEmpty()) {
            save(new UsernamePasswordAuthenticationToken(pending, null,
                    List.of(new SimpleGrantedAuthority(LOGIN_PENDING))), request, response);
            response.sendRedirect(request.getContextPath() + pending.next().path());
            return;
        }
        attempts.succeeded(pending.userId());
        UserAccount user = users.findById(pending.userId()).orElseThrow();
        save(signedIn(user), request, response);
        session.setAttribute(SessionAttributes.SECURITY_STAMP, user.getSecurityStamp());
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        String target = saved != null && saved.getRedirectUrl() != null && !saved.getRedirectUrl().contains("/api/")
                ? saved.getRedirectUrl() : request.getContextPath() + "/";
        response.sendRedirect(target);
    }

    /** The authentication of a fully signed-in user: a CurrentUser with its role authorities. */
    static Authentication signedIn(UserAccount user) {
        CurrentUser current = user.toCurrentUser();
        return new UsernamePasswordAuthenticationToken(current, null, authorities(current.roles()));
    }

    static List<GrantedAuthority> authorities(Set<Role> roles) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        return authorities;
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
