package org.iptalent.training.base;

import org.iptalent.shared.CurrentUser;

/** Who took a decision on a base, kept with it by id and by the name they had then. */
public record Decider(Long userId, String name) {

    public static Decider of(CurrentUser user) {
        return new Decider(user.id(), user.displayName() == null || user.displayName().isBlank() ? user.username()
                : user.displayName());
    }
}
