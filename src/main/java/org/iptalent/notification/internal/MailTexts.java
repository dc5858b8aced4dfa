package org.iptalent.notification.internal;

import java.util.Locale;

import org.iptalent.platform.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notice as an e-mail, in the recipient's language: the notice's text as the subject (after the platform's name)
 * and the body, with absolute links to the notice's page and to the inbox.
 */
@Component
class MailTexts {

    /** A subject longer than this is cut: mail clients show a line, not a paragraph. */
    static final int MAX_SUBJECT_TEXT = 80;

    record Mail(String subject, String body) {
    }

    private final NoticeTexts texts;
    private final MessageSource messages;
    private final PublicLinks links;

    MailTexts(NoticeTexts texts, MessageSource messages, PublicLinks links) {
        this.texts = texts;
        this.messages = messages;
        this.links = links;
    }

    Mail render(PendingMail mail, String displayName, Locale locale) {
        String text = texts.text(mail.messageKey(), mail.arguments(), locale);
        String app = messages.getMessage("app.name", null, locale);
        String shortText = text.codePointCount(0, text.length()) <= MAX_SUBJECT_TEXT ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_SUBJECT_TEXT - 1)) + "…";
        String subject = messages.getMessage("notification.mail.subject", new Object[] {app, shortText}, locale);
        StringBuilder body = new StringBuilder();
        body.append(messages.getMessage("notification.mail.greeting", new Object[] {displayName}, locale))
                .append("\n\n").append(text).append("\n\n");
        if (mail.link() != null) {
            body.append(messages.getMessage("notification.mail.open", new Object[] {links.absolute(mail.link())},
                    locale)).append('\n');
        }
        body.append(messages.getMessage("notification.mail.inbox", new Object[] {links.absolute("/notifications")},
                locale)).append("\n\n-- \n")
                .append(messages.getMessage("notification.mail.footer", new Object[] {app}, locale)).append('\n');
        return new Mail(subject, body.toString());
    }
}
