package org.iptalent.certificate.internal;

import java.util.Optional;

import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;

/**
 * Who reads a certificate and what that allows: its holder (the talent whose account is signed in) sees their own,
 * an administrator those of the region in their scope, anyone else none.
 *
 * @param user     the signed-in user
 * @param talentId the talent record the user's account is linked to, if any
 */
record Reader(CurrentUser user, Optional<Long> talentId) {

    static Reader current(TalentAccounts accounts) {
        CurrentUser user = CurrentUser.require();
        return new Reader(user, accounts.talentOf(user.id()));
    }

    RegionScope scope() {
        return user.scope();
    }

    boolean isHolder(long holder) {
        return talentId.filter(id -> id == holder).isPresent();
    }

    /** Whether a record of talent {@code holder} in region {@code regionCode} is this reader's to see. */
    boolean maySee(long holder, String regionCode) {
        return isHolder(holder) || !scope().isNothing() && scope().includes(regionCode);
    }
}
