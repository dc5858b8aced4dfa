package org.iptalent.notification.internal;

import org.iptalent.identity.EmailChanged;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a user that the address their notices are e-mailed to was set or removed, in the change's transaction:
 * whoever made the change, the user sees it in the inbox (an address set by someone else would otherwise
 * divert their notices unseen).
 */
@Component
class AccountNotices {

    static final String TOPIC = "account";

    private final Notifications notifications;

    AccountNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void emailChanged(EmailChanged change) {
        Notice notice = change.newMasked() == null
                ? Notice.of(change.userId(), TOPIC, "notification.emailRemoved")
                : Notice.of(change.userId(), TOPIC, "notification.emailChanged", change.newMasked());
        notifications.send(notice.linkedTo("/account"));
    }
}
