package org.iptalent.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A user changing their own password: the current one proven, the new one checked against the policy. */
@Component
public class PasswordChanges {

    private final UserAccounts users;
    private final PasswordPolicy policy;
    private final PasswordHistory history;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    PasswordChanges(UserAccounts users, PasswordPolicy policy, PasswordHistory history, PasswordEncoder encoder,
            AuditLog audit, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.history = history;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changes the password and returns the account's new security stamp (other sessions end). */
    @Transactional
    public int change(long userId, String currentPassword, String newPassword) {
        UserAccount user = users.findById(userId).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("currentPassword", "password.currentWrong");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new BusinessRuleException("newPassword", "password.sameAsCurrent");
        }
        apply(user, newPassword, false);
        return user.getSecurityStamp();
    }

    /** Validates and stores a new password; shared by self-service and an administrator's reset. */
    void apply(UserAccount user, String newPassword, boolean mustChange) {
        List<String> violations = policy.violations(newPassword, user.getUsername());
        if (!violations.isEmpty()) {
            throw new BusinessRuleException("newPassword", violations.get(0));
        }
        if (!mustChange) {
            for (String previous : history.recent(user.getId(), policy.historyDepth())) {
                if (encoder.matches(newPassword, previous)) {
                    throw new BusinessRuleException("newPassword", "password.reused", policy.historyDepth());
                }
            }
            if (policy.historyDepth() > 0 && encoder.matches(newPassword, user.getPasswordHash())) {
                throw new BusinessRuleException("newPassword", "password.reused", policy.historyDepth());
            }
        }
        Instant now = clock.instant();
        String hash = encoder.encode(newPassword);
        user.changePassword(hash, mustChange, now);
        users.save(user);
        history.add(user.getId(), hash, now);
        audit.record(AuditEvent.of(AuditAction.PASSWORD_CHANGE, "User", user.getId()).region(user.getRegionCode())
                .message(mustChange ? "audit.detail.password.byAdministrator" : "audit.detail.password.byUser"));
    }
}
