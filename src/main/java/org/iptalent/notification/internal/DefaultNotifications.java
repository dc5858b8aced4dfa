package org.iptalent.notification.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices are rows written in the sender's transaction, so a change that rolls back notifies nobody; their
 * e-mails wait in the same rows for the outbox job ({@code MailOutbox}), which sends only what committed.
 */
@Service
class DefaultNotifications implements Notifications {

    private final NotificationTable table;
    private final MessageSource messages;
    private final Clock clock;

    DefaultNotifications(NotificationTable table, MessageSource messages, Clock clock) {
        this.table = table;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void send(Notice notice) {
        NoticeRules.check(notice, this::known);
        table.insert(List.of(notice), clock.instant());
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public int sendAll(Collection<Notice> notices) {
        notices.forEach(notice -> NoticeRules.check(notice, this::known));
        return table.insert(notices, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount() {
        return CurrentUser.find().map(user -> table.unreadCount(user.id())).orElse(0L);
    }

    private boolean known(String key) {
        try {
            messages.getMessage(key, null, Locale.ROOT);
            return true;
        } catch (NoSuchMessageException e) {
            return false;
        }
    }
}
