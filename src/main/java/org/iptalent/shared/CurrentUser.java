package org.iptalent.shared;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as every module sees it: the principal of the security context, whether the
 * request came through a browser session or a bearer token.
 */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, String regionCode) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static CurrentUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("error.notSignedIn"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * The region whose business records this user may see: the country for a national administrator,
     * the province or city of a provincial or city administrator. Every other role sees no one else's
     * records through this scope (the auditor reads the audit log; a talent, expert or employer their
     * own records, which their modules grant by ownership).
     */
    public RegionScope scope() {
        if (roles.contains(Role.NATIONAL_ADMIN)) {
            return RegionScope.national();
        }
        if ((roles.contains(Role.PROVINCIAL_ADMIN) || roles.contains(Role.CITY_ADMIN)) && regionCode != null) {
            return RegionScope.of(regionCode);
        }
        return RegionScope.nothing();
    }
}
