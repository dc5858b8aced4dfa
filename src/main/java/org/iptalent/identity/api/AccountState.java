package org.iptalent.identity.api;

import java.time.Instant;

import org.iptalent.identity.internal.PasswordPolicy;
import org.iptalent.identity.internal.UserAccount;

/** Whether an account that has proven its password may use it yet. */
record AccountState(boolean mustChangePassword, boolean secondFactor) {

    static AccountState of(UserAccount user, PasswordPolicy policy) {
        return new AccountState(user.mustChangePasswordNow(policy, Instant.now()), user.hasSecondFactor());
    }
}
