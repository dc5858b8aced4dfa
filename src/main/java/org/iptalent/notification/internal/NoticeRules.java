package org.iptalent.notification.internal;

import java.util.function.Predicate;

import org.iptalent.notification.Notice;

/**
 * What a module may send: a sender's mistake (an empty topic, a topic or a key the bundles do not have, a link that
 * leaves the platform) is refused when sent, never found later in someone's inbox.
 */
final class NoticeRules {

    /** The inbox labels a notice's topic by the message {@code notification.topic.<topic>}. */
    static final String TOPIC_LABEL = "notification.topic.";

    static final int MAX_TOPIC = 64;
    static final int MAX_KEY = 200;
    static final int MAX_LINK = 500;
    static final int MAX_DEDUPE_KEY = 200;

    private NoticeRules() {
    }

    /**
     * Throws {@link IllegalArgumentException} naming what is wrong with the notice; {@code knownMessageKey} tells
     * the keys the bundles have (the message's and the topic's label).
     */
    static void check(Notice notice, Predicate<String> knownMessageKey) {
        if (notice.recipientUserId() <= 0) {
            throw new IllegalArgumentException("A notice needs a recipient: " + notice);
        }
        if (blank(notice.topic()) || notice.topic().length() > MAX_TOPIC) {
            throw new IllegalArgumentException("A notice's topic is 1 to " + MAX_TOPIC + " characters: " + notice);
        }
        if (!knownMessageKey.test(TOPIC_LABEL + notice.topic())) {
            throw new IllegalArgumentException("A notice's topic must be labelled in the bundles ("
                    + TOPIC_LABEL + notice.topic() + "): " + notice);
        }
        if (blank(notice.messageKey()) || notice.messageKey().length() > MAX_KEY
                || !knownMessageKey.test(notice.messageKey())) {
            throw new IllegalArgumentException("A notice's message key must be in the bundles: " + notice);
        }
        if (notice.arguments().stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("A notice's arguments are text, never null: " + notice);
        }
        if (notice.link() != null && !isPlatformPath(notice.link())) {
            throw new IllegalArgumentException("A notice links to a platform path: " + notice);
        }
        if (notice.dedupeKey() != null && (blank(notice.dedupeKey())
                || notice.dedupeKey().length() > MAX_DEDUPE_KEY)) {
            throw new IllegalArgumentException("A notice's dedupe key is 1 to " + MAX_DEDUPE_KEY + " characters: "
                    + notice);
        }
    }

    /**
     * A path on this platform, so that following a notice never leaves it: {@code /classes/12?tab=2}, never
     * {@code //evil.example} or {@code /\evil.example} (which browsers read as another host), a scheme, or
     * control characters.
     */
    static boolean isPlatformPath(String link) {
        if (link == null || link.isEmpty() || link.length() > MAX_LINK || link.charAt(0) != '/') {
            return false;
        }
        if (link.length() > 1 && (link.charAt(1) == '/' || link.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
