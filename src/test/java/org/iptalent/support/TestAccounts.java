package org.iptalent.support;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.iptalent.identity.NewUser;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;

/** Creates accounts for a test, with names no other test (or earlier run on the same server) uses. */
public class TestAccounts {

    public static final String PASSWORD = "Tested#Pass2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private final UserManagement users;

    TestAccounts(UserManagement users) {
        this.users = users;
    }

    public static String uniqueName(String prefix) {
        return prefix + "." + RUN + SEQUENCE.incrementAndGet();
    }

    /** An account that may sign in with {@link #PASSWORD} straight away. */
    public UserSummary active(String prefix, Role role, String region) {
        return create(prefix, role, region, false);
    }

    /** An account whose initial password {@link #PASSWORD} must be changed at first login. */
    public UserSummary initial(String prefix, Role role, String region) {
        return create(prefix, role, region, true);
    }

    /** Runs {@code work} as the given account, as a request of that user would. */
    public static <T> T as(UserSummary user, java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        var principal = new org.iptalent.shared.CurrentUser(user.id(), user.username(), user.displayName(), user.roles(),
                user.regionCode());
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(principal, null, java.util.List.of()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    private UserSummary create(String prefix, Role role, String region, boolean mustChange) {
        String username = uniqueName(prefix);
        users.provisionAccounts(List.of(new NewUser(username, "测试 " + username, null, EnumSet.of(role), region)),
                PASSWORD, mustChange);
        return users.findByUsername(username).orElseThrow();
    }
}
