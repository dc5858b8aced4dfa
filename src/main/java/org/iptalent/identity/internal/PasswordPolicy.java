package org.iptalent.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.iptalent.identity.SecurityProperties;
import org.iptalent.identity.SecurityProperties.PasswordPolicyProfile;
import org.springframework.stereotype.Component;

/**
 * The password rules of the configured profile.
 * <ul>
 * <li>{@code mlps}: China's classified protection, level 3 — at least 10 characters, three of upper
 * case, lower case, digits and symbols, not containing the user name, not a common password, none of
 * the last 5 reused, changed every 90 days.</li>
 * <li>{@code asvs}: OWASP ASVS 5.0 — at least 12 and at most 128 characters, not a common or breached
 * password; no composition rules, no forced rotation.</li>
 * </ul>
 * Violations are message keys, so the user reads them in their own language.
 */
@Component
public class PasswordPolicy {

    private final PasswordPolicyProfile profile;
    private final CommonPasswords common;

    PasswordPolicy(SecurityProperties properties, CommonPasswords common) {
        this.profile = properties.passwordPolicy();
        this.common = common;
    }

    public int minLength() {
        return profile == PasswordPolicyProfile.MLPS ? 10 : 12;
    }

    public int historyDepth() {
        return profile == PasswordPolicyProfile.MLPS ? 5 : 0;
    }

    public PasswordPolicyProfile profile() {
        return profile;
    }

    /** Whether the password, set at {@code changedAt}, must be changed now. */
    public boolean isExpired(Instant changedAt, Instant now) {
        return profile == PasswordPolicyProfile.MLPS && changedAt.plus(Duration.ofDays(90)).isBefore(now);
    }

    /** The rules the password breaks, as message keys; empty when it is acceptable. */
    public List<String> violations(String password, String username) {
        List<String> violations = new ArrayList<>();
        if (password == null || password.length() < minLength()) {
            violations.add("password.tooShort");
            if (password == null) {
                return violations;
            }
        }
        if (password.length() > 128) {
            violations.add("password.tooLong");
        }
        if (common.contains(password)) {
            violations.add("password.common");
        }
        if (profile == PasswordPolicyProfile.MLPS) {
            if (characterClasses(password) < 3) {
                violations.add("password.classes");
            }
            if (username != null && !username.isBlank()
                    && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
                violations.add("password.containsUsername");
            }
        }
        return violations;
    }

    static int characterClasses(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c) || c == ' ') {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
