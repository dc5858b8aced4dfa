package org.iptalent.notification;

import java.util.List;

/**
 * One notice to one user. The text is a message key and its arguments, rendered in the reader's language when
 * read (the inbox, the API) or sent (the e-mail).
 *
 * @param recipientUserId the user account that receives it
 * @param topic           what it is about, for filtering the inbox (e.g. {@code training.enrollment})
 * @param messageKey      the message of the notice
 * @param arguments       the message's arguments, as text
 * @param link            the platform path the notice leads to (e.g. {@code /classes/12}), or null
 * @param email           whether it is also e-mailed (when the user has an address and SMTP is configured)
 * @param dedupeKey       null, or a key that makes the notice once-only for its recipient: sending it again (a
 *                        reminder job run twice) records nothing
 */
public record Notice(long recipientUserId, String topic, String messageKey, List<String> arguments, String link,
        boolean email, String dedupeKey) {

    public Notice {
        arguments = List.copyOf(arguments);
    }

    public static Notice of(long recipientUserId, String topic, String messageKey, Object... arguments) {
        return new Notice(recipientUserId, topic, messageKey,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList(), null, false, null);
    }

    public Notice linkedTo(String path) {
        return new Notice(recipientUserId, topic, messageKey, arguments, path, email, dedupeKey);
    }

    public Notice byEmail() {
        return new Notice(recipientUserId, topic, messageKey, arguments, link, true, dedupeKey);
    }

    public Notice once(String key) {
        return new Notice(recipientUserId, topic, messageKey, arguments, link, email, key);
    }
}
