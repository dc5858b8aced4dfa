package org.iptalent.registry;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Which user account is a talent's own: a talent signs in to enrol in classes and see their certificates, and
 * notices to a talent go to that account. An administrator links an account to a record (a talent has at most
 * one account, an account at most one record).
 */
public interface TalentAccounts {

    /** The talent record of a signed-in talent account. */
    Optional<Long> talentOf(long userId);

    Optional<Long> accountOf(long talentId);

    /** The accounts of many talents at once (those without an account are left out). */
    Map<Long, Long> accountsOf(Collection<Long> talentIds);

    /**
     * An administrator whose region holds the talent links a talent account (by its user name) to the record,
     * replacing any earlier link of the record; an account linked to another record is refused.
     */
    void link(long talentId, String username);
}
