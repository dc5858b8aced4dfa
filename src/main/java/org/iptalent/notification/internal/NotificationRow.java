package org.iptalent.notification.internal;

import java.time.Instant;
import java.util.List;

/** One stored notice, its text still a message key and arguments. */
public record NotificationRow(long id, long recipientId, String topic, String messageKey, List<String> arguments,
        String link, Instant createdAt, Instant readAt, EmailStatus emailStatus) {

    public boolean isUnread() {
        return readAt == null;
    }
}
