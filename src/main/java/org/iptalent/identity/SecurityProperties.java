package org.iptalent.identity;

import java.time.Duration;
import java.util.Set;

import org.iptalent.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's security settings ({@code iptalent.security.*}).
 *
 * @param passwordPolicy   {@code mlps} (China's classified protection, level 3) or {@code asvs} (OWASP ASVS 5.0)
 * @param mfaRequiredRoles roles that must pass a second factor at browser login
 * @param maxFailedLogins  failures in a row that lock an account
 * @param lockout          how long a locked account stays locked
 * @param idleTimeout      a browser session ends after this long without user activity
 * @param tokenValidity    how long an API token lives
 * @param adminPassword    the first administrator's password ({@code IPTALENT_ADMIN_PASSWORD})
 */
@ConfigurationProperties("iptalent.security")
public record SecurityProperties(
        @DefaultValue("mlps") PasswordPolicyProfile passwordPolicy,
        @DefaultValue({"NATIONAL_ADMIN", "PROVINCIAL_ADMIN", "CITY_ADMIN", "SECURITY_ADMIN", "SYSTEM_ADMIN", "AUDITOR"})
        Set<Role> mfaRequiredRoles,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("30d") Duration tokenValidity,
        String adminPassword) {

    public enum PasswordPolicyProfile { MLPS, ASVS }

    public boolean mfaRequiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(mfaRequiredRoles::contains);
    }
}
