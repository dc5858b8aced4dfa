package org.iptalent.identity.internal;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Form login's password check; what follows the password is {@link LoginFlow}'s business. */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final LoginAttempts attempts;

    PasswordAuthenticationProvider(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        UserAccount user = attempts.authenticate(authentication.getName(), password);
        return UsernamePasswordAuthenticationToken.authenticated(
                new PendingLogin(user.getId(), user.getUsername(), List.of()), null,
                List.of(new SimpleGrantedAuthority(LoginFlow.LOGIN_PENDING)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
