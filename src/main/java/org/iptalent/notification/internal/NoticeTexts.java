package org.iptalent.notification.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notice's text in the reader's language, from its message key and arguments. */
@Component
public class NoticeTexts {

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text; a key the bundles no longer have (a notice older than a release that dropped it) shows as itself. */
    public String text(String messageKey, List<String> arguments, Locale locale) {
        return messages.getMessage(messageKey, arguments.toArray(), messageKey, locale);
    }

    /**
     * The topic's name, or the topic itself when the bundles do not name it (a notice older than a release that
     * dropped its topic: a new one is refused unless its topic is named).
     */
    public String topic(String topic, Locale locale) {
        return messages.getMessage(NoticeRules.TOPIC_LABEL + topic, null, topic, locale);
    }
}
