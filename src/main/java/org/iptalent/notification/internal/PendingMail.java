package org.iptalent.notification.internal;

import java.util.List;

/** A notice whose e-mail the outbox has claimed, with the attempts it has failed so far. */
record PendingMail(long id, long recipientId, String messageKey, List<String> arguments, String link,
        int attempts) {
}
