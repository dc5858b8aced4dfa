package org.iptalent.identity.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The principal of a session whose password was accepted but whose login is not finished. It grants
 * nothing but the step pages: it is not a {@link org.iptalent.shared.CurrentUser}.
 */
public record PendingLogin(long userId, String username, List<LoginStep> steps)
        implements Serializable, java.security.Principal {

    public PendingLogin {
        steps = List.copyOf(steps);
    }

    /** The audit log names a user in the middle of logging in by this. */
    @Override
    public String getName() {
        return username;
    }

    public LoginStep next() {
        return steps.get(0);
    }

    PendingLogin without(LoginStep step) {
        List<LoginStep> rest = new ArrayList<>(steps);
        rest.remove(step);
        return new PendingLogin(userId, username, rest);
    }
}
