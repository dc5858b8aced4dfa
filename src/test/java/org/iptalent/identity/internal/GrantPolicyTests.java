package org.iptalent.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.junit.jupiter.api.Test;

class GrantPolicyTests {

    private static CurrentUser user(Role role, String region) {
        return new CurrentUser(1, "actor", "Actor", Set.of(role), region);
    }

    private static final CurrentUser SECURITY = user(Role.SECURITY_ADMIN, null);
    private static final CurrentUser NATIONAL = user(Role.NATIONAL_ADMIN, null);
    private static final CurrentUser GUANGDONG = user(Role.PROVINCIAL_ADMIN, "440000");
    private static final CurrentUser GUANGZHOU = user(Role.CITY_ADMIN, "440100");

    @Test
    void provincialAdminCreatesCityAdminsOfItsOwnProvinceOnly() {
        GrantPolicy.checkGrant(GUANGDONG, EnumSet.of(Role.CITY_ADMIN), "440300");
        assertThatThrownBy(() -> GrantPolicy.checkGrant(GUANGDONG, EnumSet.of(Role.CITY_ADMIN), "320100"))
                .isInstanceOf(AccessDeniedException.class).hasMessage("user.region.outsideScope");
    }

    @Test
    void provincialAdminNeverCreatesANationalOrPeerAdministrator() {
        assertThatThrownBy(() -> GrantPolicy.checkGrant(GUANGDONG, EnumSet.of(Role.NATIONAL_ADMIN), null))
                .isInstanceOf(AccessDeniedException.class).hasMessage("user.roles.notYours");
        assertThatThrownBy(() -> GrantPolicy.checkGrant(GUANGDONG, EnumSet.of(Role.PROVINCIAL_ADMIN), "440000"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cityAdminGrantsBusinessRolesInItsCity() {
        GrantPolicy.checkGrant(GUANGZHOU, EnumSet.of(Role.TALENT), "440100");
        assertThatThrownBy(() -> GrantPolicy.checkGrant(GUANGZHOU, EnumSet.of(Role.TALENT), "440300"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> GrantPolicy.checkGrant(GUANGZHOU, EnumSet.of(Role.CITY_ADMIN), "440100"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheSecurityAdministratorGrantsSystemRolesAndTheyAreHeldAlone() {
        GrantPolicy.checkGrant(SECURITY, EnumSet.of(Role.AUDITOR), null);
        GrantPolicy.checkGrant(SECURITY, EnumSet.of(Role.NATIONAL_ADMIN), null);
        assertThatThrownBy(() -> GrantPolicy.checkGrant(NATIONAL, EnumSet.of(Role.AUDITOR), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> GrantPolicy.checkGrant(SECURITY, EnumSet.of(Role.AUDITOR, Role.SYSTEM_ADMIN), null))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.roles.systemRoleAlone");
    }

    @Test
    void regionMustFitTheRole() {
        assertThatThrownBy(() -> GrantPolicy.checkRegionShape(EnumSet.of(Role.NATIONAL_ADMIN), "110000"))
                .hasMessage("user.region.mustBeEmpty");
        assertThatThrownBy(() -> GrantPolicy.checkRegionShape(EnumSet.of(Role.PROVINCIAL_ADMIN), "440100"))
                .hasMessage("user.region.mustBeProvince");
        assertThatThrownBy(() -> GrantPolicy.checkRegionShape(EnumSet.of(Role.CITY_ADMIN), "440000"))
                .hasMessage("user.region.mustBeCity");
        assertThatThrownBy(() -> GrantPolicy.checkRegionShape(EnumSet.of(Role.TALENT), null))
                .hasMessage("user.region.required");
        assertThatThrownBy(() -> GrantPolicy.checkRegionShape(EnumSet.of(Role.NATIONAL_ADMIN, Role.TALENT), null))
                .hasMessage("user.roles.mixedScope");
    }

    @Test
    void visibilityFollowsTheAdministratorsRegion() {
        assertThat(GrantPolicy.visibleAccounts(SECURITY).isNational()).isTrue();
        assertThat(GrantPolicy.visibleAccounts(GUANGDONG).includes("440300")).isTrue();
        assertThat(GrantPolicy.visibleAccounts(GUANGDONG).includes("320100")).isFalse();
        assertThat(GrantPolicy.visibleAccounts(GUANGDONG).includes(null)).isFalse();
        assertThat(GrantPolicy.visibleAccounts(GUANGZHOU).includes("440000")).isFalse();
        assertThat(GrantPolicy.visibleAccounts(user(Role.TALENT, "440000")).includes("440000")).isFalse();
        // beyond the security administrator, accounts are seen through the same scope as business records
        for (CurrentUser actor : List.of(NATIONAL, GUANGDONG, GUANGZHOU, user(Role.TALENT, "440000"),
                user(Role.AUDITOR, null))) {
            assertThat(GrantPolicy.visibleAccounts(actor)).isEqualTo(actor.scope());
        }
    }
}
