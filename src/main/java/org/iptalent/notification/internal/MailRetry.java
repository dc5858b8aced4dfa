package org.iptalent.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed e-mail is tried again: after {@code retryDelay}, doubled with each further failure up to
 * {@code maxRetryDelay}, until {@code maxAttempts} attempts have failed and it is given up.
 */
record MailRetry(int maxAttempts, Duration retryDelay, Duration maxRetryDelay) {

    static MailRetry of(NotificationProperties properties) {
        return new MailRetry(properties.maxAttempts(), properties.retryDelay(), properties.maxRetryDelay());
    }

    /** The time of the next attempt after {@code failedAttempts} failures, or empty: give up. */
    Optional<Instant> next(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = retryDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(now.plus(delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay));
    }
}
