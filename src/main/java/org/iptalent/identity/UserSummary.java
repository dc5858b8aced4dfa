package org.iptalent.identity;

import java.time.Instant;
import java.util.Set;

import org.iptalent.shared.Role;

/**
 * A user account as other modules and the API see it: no secrets.
 *
 * @param emailMasked the address notices are e-mailed to, masked; null when none
 */
public record UserSummary(long id, String username, String displayName, Set<Role> roles, String regionCode,
        boolean enabled, boolean locked, boolean mfaEnabled, Instant lastLoginAt, long version, String emailMasked) {
}
