package org.iptalent.identity.internal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.identity.SecurityProperties;
import org.iptalent.shared.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the API (stateless, bearer tokens, problem details) and the browser (form login,
 * sessions, CSRF). Both send the same security headers; the page policy allows no inline script.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Who works on the certificates issued in a region (the services check which region). */
    private static final String[] CERTIFICATE_ADMINISTRATORS = {"NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN"};

    /** Who works on the plans: the national office, provinces and cities (the services check which region). */
    private static final String[] PLAN_ADMINISTRATORS = {"NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN"};
    private static final String[] NOTICE_ADMINISTRATORS = {"NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SecurityProblems problems) throws Exception {
        http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/auth/tokens", "/api/v1/auth/password").permitAll()
                        .requestMatchers("/api/v1/audit-entries/**").hasRole("AUDITOR")
                        // certificates: the public verification needs no token; the rest is administrators' (certificates)
                        .requestMatchers("/api/v1/certificates/*/verification").permitAll()
                        // annual statistical reports: a published one is public (the service shows a draft only to the
                        // national administrators); drafting and publishing are the national office's
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/annual-reports",
                                "/api/v1/annual-reports/**").permitAll()
                        .requestMatchers("/api/v1/annual-reports", "/api/v1/annual-reports/**").hasRole("NATIONAL_ADMIN")
                        .requestMatchers("/api/v1/certificates", "/api/v1/certificates/**")
                        .hasAnyRole(CERTIFICATE_ADMINISTRATORS)
                        // training bases: administrators with a region and bases' managers (scope checked in the service)
                        .requestMatchers("/api/v1/training-bases", "/api/v1/training-bases/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN", "TRAINING_BASE_MANAGER")
                        // training surveys: results for those who run training, answers from the trainee
                        .requestMatchers("/api/v1/classes/*/survey", "/api/v1/training/satisfaction")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN", "TRAINING_BASE_MANAGER")
                        .requestMatchers("/api/v1/surveys/**").hasRole("TALENT")
                        // training's rotation campaigns and nominations: administrators (scope checked in the services)
                        .requestMatchers("/api/v1/rotation-campaigns", "/api/v1/rotation-campaigns/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN")
                        .requestMatchers("/api/v1/classes/*/nominations", "/api/v1/classes/*/nominations/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN")
                        // training: every signed-in user; the training services decide (a talent reads their own)
                        .requestMatchers("/api/v1/programs/**", "/api/v1/classes/**", "/api/v1/talents/*/training")
                        .hasAuthority(LoginFlow.SIGNED_IN)
                        .requestMatchers("/api/v1/talents/**", "/api/v1/talent-imports/**", "/api/v1/organisations/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN")
                        // plans, indicators and their tasks: administrators (the planning services scope the regions)
                        .requestMatchers("/api/v1/plans", "/api/v1/plans/**", "/api/v1/indicators",
                                "/api/v1/indicators/**", "/api/v1/tasks", "/api/v1/tasks/**")
                        .hasAnyRole(PLAN_ADMINISTRATORS)
                        // the expert pool and engagements: administrators (the expert services scope the regions);
                        // a draw is also read and replayed by auditors and answered by the drawn expert (services decide)
                        .requestMatchers("/api/v1/experts", "/api/v1/experts/**", "/api/v1/expert-categories",
                                "/api/v1/expert-categories/**", "/api/v1/engagements/**",
                                "/api/v1/expert-teams", "/api/v1/expert-teams/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN")
                        .requestMatchers("/api/v1/expert-draws", "/api/v1/expert-draws/**")
                        .hasAuthority(LoginFlow.SIGNED_IN)
                        // advisory committees: administrators; consultations also answered by members (services decide)
                        .requestMatchers("/api/v1/advisory-committees", "/api/v1/advisory-committees/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN")
                        // think tanks: administrators (the think tank services scope the regions)
                        .requestMatchers("/api/v1/think-tanks", "/api/v1/think-tanks/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN")
                        .requestMatchers("/api/v1/consultations/**").hasAuthority(LoginFlow.SIGNED_IN)
                        // talent programmes: administrators (the programme services scope them); a drawn reviewer scores
                        .requestMatchers("/api/v1/talent-programmes/nominations/*/score")
                        .hasAuthority(LoginFlow.SIGNED_IN)
                        .requestMatchers("/api/v1/talent-programmes", "/api/v1/talent-programmes/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN")
                        // every user's own notices, whatever the role
                        .requestMatchers("/api/v1/notifications", "/api/v1/notifications/**")
                        .hasAuthority(LoginFlow.SIGNED_IN)
                        .anyRequest().hasAuthority(LoginFlow.SIGNED_IN))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookies are read on the API, so there is nothing to forge
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, PasswordAuthenticationProvider passwords, LoginFlow loginFlow,
            JdbcTemplate jdbc, AuditLog audit, SecurityProperties properties, Clock clock) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/api/docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .requestMatchers("/login").permitAll()
                        .requestMatchers("/login/**").hasAuthority(LoginFlow.LOGIN_PENDING)
                        // certificates: the page a certificate's QR code opens needs no account (/verify); types are the
                        // national administrator's, the rest of the certificates' pages administrators' with a region
                        .requestMatchers("/verify", "/verify/**").permitAll()
                        .requestMatchers("/certificates/types", "/certificates/types/**").hasRole("NATIONAL_ADMIN")
                        .requestMatchers("/certificates", "/certificates/**").hasAnyRole(CERTIFICATE_ADMINISTRATORS)
                        // a supervisor answers a trainee's follow-up through a one-time link, without an account
                        .requestMatchers("/follow-up/**").permitAll()
                        // training bases: a named reviewer of an assessment reviews whatever their role; the rest of the
                        // bases' pages are for administrators with a region and bases' managers (scope in the service)
                        .requestMatchers("/training-bases/reviews", "/training-bases/reviews/**")
                        .hasAuthority(LoginFlow.SIGNED_IN)
                        .requestMatchers("/training-bases", "/training-bases/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN", "TRAINING_BASE_MANAGER")
                        .requestMatchers("/classes/*/survey", "/classes/*/tests", "/training/satisfaction",
                                "/training/effect")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN", "TRAINING_BASE_MANAGER")
                        .requestMatchers("/training/questionnaires", "/training/questionnaires/**")
                        .hasRole("NATIONAL_ADMIN")
                        .requestMatchers("/surveys", "/surveys/**", "/my/follow-ups", "/my/follow-ups/**")
                        .hasRole("TALENT")
                        .requestMatchers("/audit/**").hasRole("AUDITOR")
                        // the plan's published national figures are public; plans, targets and tasks are administrators'
                        .requestMatchers("/figures", "/figures/**").permitAll()
                        // public notices and their objection form are public; the publishing administration's pages not
                        .requestMatchers("/notices", "/notices/**").permitAll()
                        // published annual statistical reports are public; drafting them is the national office's
                        .requestMatchers("/reports", "/reports/**").permitAll()
                        .requestMatchers("/analytics/annual-reports", "/analytics/annual-reports/**")
                        .hasRole("NATIONAL_ADMIN")
                        .requestMatchers("/public-notices", "/public-notices/**").hasAnyRole(NOTICE_ADMINISTRATORS)
                        .requestMatchers("/plans", "/plans/**").hasAnyRole(PLAN_ADMINISTRATORS)
                        // experts' pages: administrators; a draw's page also auditors and the drawn (services decide)
                        .requestMatchers("/experts/draws/**").hasAuthority(LoginFlow.SIGNED_IN)
                        // a committee member answers its consultations (committee services decide)
                        .requestMatchers("/experts/committees/**").hasAuthority(LoginFlow.SIGNED_IN)
                        .requestMatchers("/experts", "/experts/**").hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN",
                                "CITY_ADMIN")
                        .requestMatchers("/rotation-campaigns", "/rotation-campaigns/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN")
                        .requestMatchers("/nominations", "/nominations/**").hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN")
                        // talent programmes: administrators; a drawn reviewer's scoring pages (the programme services decide)
                        .requestMatchers("/programmes/reviews", "/programmes/reviews/**")
                        .hasAuthority(LoginFlow.SIGNED_IN)
                        .requestMatchers("/programmes", "/programmes/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN")
                        .requestMatchers("/talents/**", "/talent-imports/**", "/organisations/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN")
                        .requestMatchers("/users/**").hasAnyRole("SECURITY_ADMIN", "NATIONAL_ADMIN",
                                "PROVINCIAL_ADMIN", "CITY_ADMIN")
                        .requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
                        .requestMatchers("/notifications", "/notifications/**").hasAuthority(LoginFlow.SIGNED_IN)
                        .anyRequest().hasAuthority(LoginFlow.SIGNED_IN))
                .authenticationProvider(passwords)
                .formLogin(form -> form.loginPage("/login").successHandler(loginFlow)
                        .failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").addLogoutHandler(auditLogout(audit))
                        .logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterAfter(new SessionGuard(jdbc, audit, properties, clock), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler(pendingLoginAware()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** A user in the middle of logging in is sent to their next step instead of a 403 page. */
    private static AccessDeniedHandler pendingLoginAware() {
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) -> {
            Authentication authentication = org.springframework.security.core.context.SecurityContextHolder
                    .getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof PendingLogin pending
                    && !pending.steps().isEmpty()) {
                response.sendRedirect(request.getContextPath() + pending.next().path());
                return;
            }
            request.setAttribute("jakarta.servlet.error.status_code", 403);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        };
    }

    private static LogoutHandler auditLogout(AuditLog audit) {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
                audit.record(AuditEvent.of(AuditAction.LOGOUT, "User", user.id()).region(user.regionCode()));
            }
        };
    }
}
