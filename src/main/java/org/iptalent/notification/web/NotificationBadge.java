package org.iptalent.notification.web;

import org.iptalent.notification.internal.Inbox;
import org.iptalent.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The bell in every page's header ({@code fragments/layout}) asks this for the signed-in user's unread count: a
 * count on the partial index of unread notices, cheap enough for each page.
 */
@Component("notificationBadge")
public class NotificationBadge {

    private final Inbox inbox;

    NotificationBadge(Inbox inbox) {
        this.inbox = inbox;
    }

    public long unreadCount() {
        return CurrentUser.find().isPresent() ? inbox.unreadCount() : 0;
    }
}
