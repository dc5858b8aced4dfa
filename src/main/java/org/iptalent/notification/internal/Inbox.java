package org.iptalent.notification.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own notices, and nobody else's: every query names the user as the recipient, so another
 * user's notice is as absent (404) as one that does not exist.
 */
@Service
public class Inbox {

    static final String ENTITY = "Notification";

    private final NotificationTable table;
    private final NoticeTexts texts;
    private final Clock clock;

    Inbox(NotificationTable table, NoticeTexts texts, Clock clock) {
        this.table = table;
        this.texts = texts;
        this.clock = clock;
    }

    /** Newest first; only the unread ones when asked. */
    @Transactional(readOnly = true)
    public Page<NotificationView> page(boolean unreadOnly, Pageable pageable, Locale locale) {
        return table.page(CurrentUser.require().id(), unreadOnly, pageable).map(row -> view(row, locale));
    }

    @Transactional(readOnly = true)
    public NotificationView get(long id, Locale locale) {
        return view(own(id), locale);
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return table.unreadCount(CurrentUser.require().id());
    }

    /** Marks the user's own notice read (reading it twice keeps the first time). */
    @Transactional
    public NotificationView markRead(long id, Locale locale) {
        long user = CurrentUser.require().id();
        if (!table.markRead(id, user, clock.instant())) {
            throw new RecordNotFoundException(ENTITY, id);
        }
        return view(own(id), locale);
    }

    /**
     * Follows the notice: marks it read and gives the platform path to go to, or empty when it links nowhere.
     * The path was checked when the notice was sent, and the table refuses any other; it is checked once more
     * here, so that following a notice can never leave the platform.
     */
    @Transactional
    public Optional<String> open(long id) {
        long user = CurrentUser.require().id();
        if (!table.markRead(id, user, clock.instant())) {
            throw new RecordNotFoundException(ENTITY, id);
        }
        return Optional.ofNullable(own(id).link()).filter(NoticeRules::isPlatformPath);
    }

    /** Returns how many were unread. */
    @Transactional
    public int markAllRead() {
        return table.markAllRead(CurrentUser.require().id(), clock.instant());
    }

    private NotificationRow own(long id) {
        return table.find(id, CurrentUser.require().id()).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    private NotificationView view(NotificationRow row, Locale locale) {
        return new NotificationView(row.id(), row.topic(), texts.text(row.messageKey(), row.arguments(), locale),
                row.messageKey(), row.arguments(), row.link(), row.createdAt(), row.readAt());
    }
}
