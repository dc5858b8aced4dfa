package org.iptalent.notification.internal;

import java.time.Instant;
import java.util.List;

/**
 * One notice as its reader sees it (the inbox page and the API).
 *
 * @param id         the notice
 * @param topic      what it is about (e.g. {@code training.enrollment})
 * @param text       the notice in the request's language
 * @param messageKey the message the text was rendered from, for clients that render it themselves
 * @param arguments  the message's arguments
 * @param link       the platform path it leads to, or null
 * @param createdAt  when it was sent
 * @param readAt     when its reader first read it, or null while unread
 */
public record NotificationView(long id, String topic, String text, String messageKey, List<String> arguments,
        String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
