package org.iptalent.identity.internal;

import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** JPA listener of {@link UserAccount}: any change to an account (disabled, locked, roles, password) forgets checked tokens. */
class AccountChanges {

    private final CheckedTokens checked;

    AccountChanges(CheckedTokens checked) {
        this.checked = checked;
    }

    @PostUpdate
    @PostRemove
    void changed(UserAccount account) {
        checked.forget();
    }
}
