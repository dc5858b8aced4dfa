package org.iptalent.notification.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.notification.internal.Inbox;
import org.iptalent.notification.internal.NotificationView;
import org.iptalent.shared.PageRequests;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own notices, whatever their role; another user's notice is a 404. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationApiController {

    /** How many unread notices the signed-in user has. */
    record UnreadCount(long unread) {
    }

    /** How many notices a request marked read. */
    record MarkedRead(int marked) {
    }

    private final Inbox inbox;

    NotificationApiController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "Your notices", description = "Newest first, each with its text in the request's language "
            + "(Accept-Language), and its message key and arguments for a client that renders it itself.")
    PagedModel<NotificationView> list(
            @Parameter(description = "Only the unread notices.") @RequestParam(defaultValue = "false") boolean unread,
            @Parameter(description = "Page number from 0 (a negative page is 0); a page beyond the 2,147,483,647th "
                    + "row is refused with 400.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Notices per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger "
                    + "values are clamped).") @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        int pageSize = PageRequests.size(size);
        PageRequest request = PageRequest.of(PageRequests.page(page, pageSize, PageRequests.DATABASE_WINDOW), pageSize);
        return new PagedModel<>(inbox.page(unread, request, locale));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of your notices are unread", description = "The figure on the page header's bell.")
    UnreadCount unreadCount() {
        return new UnreadCount(inbox.unreadCount());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of your notices read", description = "Reading it again keeps the time it was first "
            + "read. Answers the notice.")
    NotificationView markRead(@Parameter(description = "The notice's id.") @PathVariable long id, Locale locale) {
        return inbox.markRead(id, locale);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all your notices read", description = "Answers how many were unread.")
    MarkedRead markAllRead() {
        return new MarkedRead(inbox.markAllRead());
    }
}
