package org.iptalent.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mail outbox. (The SMTP server itself is Spring's {@code spring.mail.host}, {@code port}, {@code username},
 * {@code password}, {@code properties.*}: without {@code spring.mail.host} notices are shown on the platform only.)
 *
 * @param outboxInterval how long the outbox job waits between runs ({@code 30s})
 * @param batchSize      notices claimed and sent at once (one transaction, one SMTP connection)
 * @param maxAttempts    attempts before an e-mail is given up as FAILED
 * @param retryDelay     the wait after the first failed attempt, doubled after each further one
 * @param maxRetryDelay  the longest wait between attempts
 * @param mailFrom       the sender of the e-mails
 */
@ConfigurationProperties("iptalent.notification")
public record NotificationProperties(@DefaultValue("30s") Duration outboxInterval,
        @DefaultValue("50") int batchSize, @DefaultValue("5") int maxAttempts,
        @DefaultValue("1m") Duration retryDelay, @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("no-reply@localhost") String mailFrom) {

    public NotificationProperties {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("iptalent.notification.batch-size and max-attempts are at least 1");
        }
    }
}
