package org.iptalent.expert.web;

import org.iptalent.expert.draw.DrawFeed;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The supervisor's live view of the draws: the page, and the feed it reloads every few seconds (htmx), so that each
 * draw, answer and reserve shows as it happens without anyone reloading.
 */
@Controller
class DrawWatchController {

    private final DrawFeed feed;

    DrawWatchController(DrawFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/experts/draws/live")
    String page(Model model) {
        model.addAttribute("steps", feed.latest());
        model.addAttribute("windowDays", DrawFeed.WINDOW.toDays());
        return "expert/draws-live";
    }

    @GetMapping("/experts/draws/live/feed")
    String feed(Model model) {
        model.addAttribute("steps", feed.latest());
        return "expert/draws-live :: feed";
    }
}
