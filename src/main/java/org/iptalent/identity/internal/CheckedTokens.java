package org.iptalent.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Bearer tokens checked in the last few seconds, so that under API load a request does not cost three
 * queries before it starts. A revoked token, or any change to an account (disabled, locked, new roles or
 * password), empties it at once on this node; on another node it takes effect within {@link #RECHECK}.
 * {@link AccountChanges} tells it when an account changes.
 */
@Component
class CheckedTokens {

    static final Duration RECHECK = Duration.ofSeconds(5);
    private static final int MAX = 10_000;

    private record Checked(UserAccount user, Instant until) {
    }

    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    UserAccount get(String tokenHash, Instant now) {
        Checked known = checked.get(tokenHash);
        return known != null && known.until().isAfter(now) ? known.user() : null;
    }

    void put(String tokenHash, UserAccount user, Instant now, Instant tokenExpires) {
        if (checked.size() >= MAX) {
            checked.clear();
        }
        Instant recheck = now.plus(RECHECK);
        checked.put(tokenHash, new Checked(user, tokenExpires.isBefore(recheck) ? tokenExpires : recheck));
    }

    void forget() {
        checked.clear();
    }
}
