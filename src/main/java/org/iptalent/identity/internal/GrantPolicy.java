package org.iptalent.identity.internal;

import java.util.EnumSet;
import java.util.Set;

import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionCode;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;

/**
 * Who may give which roles, where. The rules of separation of duties live here and nowhere else:
 * <ul>
 * <li>the security administrator manages every account and alone grants the national administrator
 * and the three system roles (security, system administrator, auditor);</li>
 * <li>a system role is held alone, never beside another role;</li>
 * <li>a national administrator manages provincial and city administrators and business roles anywhere;
 * a provincial administrator, city administrators and business roles in its province; a city
 * administrator, business roles in its city;</li>
 * <li>nobody changes their own roles, region or status.</li>
 * </ul>
 */
final class GrantPolicy {

    private static final Set<Role> BUSINESS = EnumSet.of(Role.TRAINING_BASE_MANAGER, Role.EXPERT, Role.TALENT,
            Role.EMPLOYER, Role.EVALUATOR);

    private GrantPolicy() {
    }

    static boolean isAdministrator(CurrentUser actor) {
        return !assignable(actor).isEmpty();
    }

    /** The roles this administrator may give. */
    static Set<Role> assignable(CurrentUser actor) {
        if (actor.has(Role.SECURITY_ADMIN)) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (actor.has(Role.NATIONAL_ADMIN)) {
            roles.add(Role.PROVINCIAL_ADMIN);
            roles.add(Role.CITY_ADMIN);
            roles.addAll(BUSINESS);
        }
        if (actor.has(Role.PROVINCIAL_ADMIN) && actor.regionCode() != null) {
            roles.add(Role.CITY_ADMIN);
            roles.addAll(BUSINESS);
        }
        if (actor.has(Role.CITY_ADMIN) && actor.regionCode() != null) {
            roles.addAll(BUSINESS);
        }
        return roles;
    }

    /**
     * The accounts this administrator may see: the security administrator sees all, everyone else the region
     * their business scope spans ({@link CurrentUser#scope}), so accounts and records are scoped alike.
     */
    static RegionScope visibleAccounts(CurrentUser actor) {
        return actor.has(Role.SECURITY_ADMIN) ? RegionScope.national() : actor.scope();
    }

    /** Checks that {@code actor} may give {@code roles} in {@code regionCode} (the region already known to exist). */
    static void checkGrant(CurrentUser actor, Set<Role> roles, String regionCode) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleException("roles", "user.roles.required");
        }
        if (roles.stream().anyMatch(Role::isSystemRole) && roles.size() > 1) {
            throw new BusinessRuleException("roles", "user.roles.systemRoleAlone");
        }
        Set<Role> allowed = assignable(actor);
        for (Role role : roles) {
            if (!allowed.contains(role)) {
                throw new AccessDeniedException("user.roles.notYours", role.name());
            }
        }
        checkRegionShape(roles, regionCode);
        if (regionCode != null && !visibleAccounts(actor).includes(regionCode)) {
            throw new AccessDeniedException("user.region.outsideScope", regionCode);
        }
        if (regionCode == null && !visibleAccounts(actor).isNational()) {
            throw new AccessDeniedException("user.region.outsideScope", "—");
        }
    }

    /** National roles carry no region; a provincial administrator a province; a city administrator a city. */
    static void checkRegionShape(Set<Role> roles, String regionCode) {
        boolean national = roles.stream().anyMatch(Role.NATIONAL_ROLES::contains);
        if (national) {
            if (regionCode != null) {
                throw new BusinessRuleException("regionCode", "user.region.mustBeEmpty");
            }
            if (roles.stream().anyMatch(r -> !Role.NATIONAL_ROLES.contains(r))) {
                throw new BusinessRuleException("roles", "user.roles.mixedScope");
            }
            return;
        }
        if (regionCode == null) {
            throw new BusinessRuleException("regionCode", "user.region.required");
        }
        boolean province = new RegionCode(regionCode).isProvince();
        if (roles.contains(Role.PROVINCIAL_ADMIN) && !province) {
            throw new BusinessRuleException("regionCode", "user.region.mustBeProvince");
        }
        if (roles.contains(Role.CITY_ADMIN) && province) {
            throw new BusinessRuleException("regionCode", "user.region.mustBeCity");
        }
        if (roles.contains(Role.PROVINCIAL_ADMIN) && roles.contains(Role.CITY_ADMIN)) {
            throw new BusinessRuleException("roles", "user.roles.mixedScope");
        }
    }

    /** Whether {@code actor} may change the account {@code target} (already known to be visible). */
    static void checkManage(CurrentUser actor, UserAccount target) {
        if (actor.id() == target.getId()) {
            throw new AccessDeniedException("user.self");
        }
        Set<Role> allowed = assignable(actor);
        if (!allowed.containsAll(target.getRoles())) {
            throw new AccessDeniedException("user.notManageable");
        }
    }
}
