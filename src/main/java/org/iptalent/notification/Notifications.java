package org.iptalent.notification;

import java.util.Collection;

/** How every module tells a user something. */
public interface Notifications {

    /**
     * Records the notice in the recipient's inbox, in the caller's transaction (a rolled-back change notifies
     * nobody); its e-mail, if any, goes out after the commit.
     */
    void send(Notice notice);

    /** Many notices at once (a reminder to a whole cohort), written in bulk; returns how many were recorded. */
    int sendAll(Collection<Notice> notices);

    /** The signed-in user's unread notices. */
    long unreadCount();
}
