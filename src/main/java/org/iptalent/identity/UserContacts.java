package org.iptalent.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The contact details of accounts, for what the platform sends them (notices by e-mail). Not limited to the
 * signed-in user's region: a background job reads them, with nobody signed in.
 */
public interface UserContacts {

    Optional<UserContact> contactOf(long userId);

    /** Many at once; accounts that do not exist are left out. */
    Map<Long, UserContact> contactsOf(Collection<Long> userIds);
}
