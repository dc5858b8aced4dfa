package org.iptalent.shared;

import java.util.EnumSet;
import java.util.Set;

/** The platform's roles. The three "system" roles are kept apart from business roles (MLPS separation of duties). */
public enum Role {
    NATIONAL_ADMIN, PROVINCIAL_ADMIN, CITY_ADMIN, TRAINING_BASE_MANAGER, EXPERT, TALENT, EMPLOYER, EVALUATOR,
    AUDITOR, SECURITY_ADMIN, SYSTEM_ADMIN;

    /** Roles that may only be held alone, and are granted only by a security administrator. */
    public static final Set<Role> SYSTEM_ROLES = EnumSet.of(AUDITOR, SECURITY_ADMIN, SYSTEM_ADMIN);

    /** Roles whose scope is the whole country: they carry no region. */
    public static final Set<Role> NATIONAL_ROLES = EnumSet.of(NATIONAL_ADMIN, AUDITOR, SECURITY_ADMIN, SYSTEM_ADMIN);

    public boolean isSystemRole() {
        return SYSTEM_ROLES.contains(this);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
