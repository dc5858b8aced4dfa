package org.iptalent.identity;

import java.util.Optional;
import java.util.Set;

import org.iptalent.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Account administration, limited to what the signed-in administrator may manage. */
public interface UserManagement {

    UserSummary create(NewUser user);

    /** Accounts inside the administrator's scope; {@code query} matches user or display name. */
    Page<UserSummary> find(String query, Pageable pageable);

    /** One account, or not found when outside the administrator's scope. */
    UserSummary get(long id);

    /** Updates the account; the address its notices are e-mailed to stays as it was. */
    UserSummary update(long id, long expectedVersion, String displayName, Set<Role> roles, String regionCode,
            boolean enabled);

    /**
     * As the update above, in the same transaction setting the address the user's notices are e-mailed to:
     * {@code email} when given (refused when it is no address), none when {@code removeEmail}, else as it was.
     */
    UserSummary update(long id, long expectedVersion, String displayName, Set<Role> roles, String regionCode,
            boolean enabled, String email, boolean removeEmail);

    /** Sets a new initial password and unlocks; the user must change it at next login. */
    void resetPassword(long id, String initialPassword);

    /** Drops the second factor so the user enrols again at next login. */
    void resetSecondFactor(long id);

    Optional<UserSummary> findByUsername(String username);

    /** The region inside which the signed-in administrator may see and place accounts. */
    org.iptalent.shared.RegionScope manageableRegion();

    /** Creates an account without a signed-in administrator: the first start and the demo data. */
    UserSummary createSystemAccount(NewUser user, boolean mustChangePassword);

    /**
     * Provisions many accounts that share one password (hashed once: hashing is deliberately slow).
     * Each request's own password is ignored. Returns how many were created; existing names are skipped.
     */
    int provisionAccounts(java.util.List<NewUser> users, String sharedPassword, boolean mustChangePassword);
}
