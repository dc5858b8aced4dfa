package org.iptalent.notification.web;

import java.util.Locale;

import org.iptalent.notification.internal.Inbox;
import org.iptalent.shared.PageRequests;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** The signed-in user's inbox, and the bell in the header that leads to it. */
@Controller
class NotificationController {

    static final int PAGE_SIZE = 20;

    private final Inbox inbox;

    NotificationController(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Newest first; {@code unread=true} shows only the unread ones. */
    @GetMapping("/notifications")
    String inbox(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
            Locale locale, Model model) {
        model.addAttribute("page", PageRequests.withinResults(
                PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW, Sort.unsorted()),
                request -> inbox.page(unread, request, locale)));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", inbox.unreadCount());
        return "notification/inbox";
    }

    /**
     * Follows a notice: marks it read and goes where it leads, a path on this platform only (never another
     * site); one that leads nowhere returns to the inbox.
     */
    @PostMapping("/notifications/{id}/open")
    RedirectView open(@PathVariable long id) {
        RedirectView view = new RedirectView(inbox.open(id).orElse("/notifications"), true);
        // the path goes as it is: braces in it are no template to fill in
        view.setExpandUriTemplateVariables(false);
        return view;
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unread, Locale locale) {
        inbox.markRead(id, locale);
        return unread ? "redirect:/notifications?unread=true" : "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(RedirectAttributes redirect) {
        inbox.markAllRead();
        redirect.addFlashAttribute("message", "notification.allRead");
        return "redirect:/notifications";
    }

    /** The bell alone, which the header polls every minute (as a background poll that keeps no session alive). */
    @GetMapping("/notifications/badge")
    String badge(Model model) {
        model.addAttribute("unread", inbox.unreadCount());
        return "notification/badge :: bell";
    }
}
