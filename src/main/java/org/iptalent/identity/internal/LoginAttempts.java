package org.iptalent.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.identity.SecurityProperties;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a user name and password, with lockout. Unknown user, wrong password, disabled and locked
 * accounts all fail with the same exception, after the same password-hash work, so neither the
 * message nor the timing tells an attacker which it was. The audit log does record which.
 */
@Component
public class LoginAttempts {

    /** Compared against when the user does not exist, to spend the same time as a real check. */
    private final String dummyHash;

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(UserAccounts users, PasswordEncoder encoder, AuditLog audit, SecurityProperties properties,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.dummyHash = encoder.encode("not-a-real-password-" + System.nanoTime());
    }

    /** The account, when the password is right and the account may sign in; else BadCredentialsException. */
    @Transactional(noRollbackFor = BadCredentialsException.class)
    public UserAccount authenticate(String rawUsername, String password) {
        String username = UserAccount.normalise(rawUsername);
        Instant now = clock.instant();
        UserAccount user = username == null || username.isEmpty() ? null : users.findForLogin(username).orElse(null);
        if (user == null) {
            encoder.matches(password == null ? "" : password, dummyHash);
            fail(username, null, null, "audit.detail.login.unknownUser");
        }
        if (user.isLocked(now)) {
            encoder.matches(password == null ? "" : password, dummyHash);
            fail(username, user.getId(), user.getRegionCode(), "audit.detail.login.accountLocked");
        }
        boolean matches = password != null && encoder.matches(password, user.getPasswordHash());
        if (!matches) {
            recordFailure(user, now, "audit.detail.login.wrongPassword");
        }
        if (!user.isEnabled()) {
            fail(username, user.getId(), user.getRegionCode(), "audit.detail.login.accountDisabled");
        }
        return user;
    }

    /** A wrong second-factor code counts toward the same lockout as a wrong password. */
    @Transactional(noRollbackFor = BadCredentialsException.class)
    public void secondFactorFailed(long userId) {
        UserAccount user = users.findById(userId).orElseThrow();
        recordFailure(user, clock.instant(), "audit.detail.login.wrongCode");
    }

    @Transactional(readOnly = true)
    public boolean isLocked(long userId) {
        return users.findById(userId).map(u -> u.isLocked(clock.instant())).orElse(true);
    }

    @Transactional
    public void succeeded(long userId) {
        UserAccount user = users.findById(userId).orElseThrow();
        user.recordSuccess(clock.instant());
        users.save(user);
        audit.record(AuditEvent.of(AuditAction.LOGIN_SUCCESS, "User", userId).region(user.getRegionCode()));
    }

    /** {@code reason} is the message key the audit entry says why with. */
    private void recordFailure(UserAccount user, Instant now, String reason) {
        boolean locked = user.recordFailure(properties.maxFailedLogins(), properties.lockout(), now);
        users.save(user);
        if (locked) {
            audit.record(AuditEvent.of(AuditAction.LOGIN_LOCKED, "User", user.getId()).region(user.getRegionCode())
                    .actor(user.getUsername()).message("audit.detail.login.locked", properties.lockout().toMinutes(),
                            properties.maxFailedLogins()));
        }
        fail(user.getUsername(), user.getId(), user.getRegionCode(), reason);
    }

    private void fail(String username, Long userId, String region, String reason) {
        audit.record(AuditEvent.of(AuditAction.LOGIN_FAILURE, "User", userId).region(region)
                .actor(username == null || username.isEmpty() ? "(empty)" : truncate(username)).message(reason));
        throw new BadCredentialsException("login.failed");
    }

    private static String truncate(String value) {
        return value.length() > 64 ? value.substring(0, 64) : value;
    }
}
