package org.iptalent.publicnotice.web;

import org.iptalent.platform.web.Refusal;
import org.iptalent.publicnotice.internal.NoticeBoard;
import org.iptalent.publicnotice.internal.Objections;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.PageRequests;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages of the notices, without signing in: the notices open or closed lately, and one notice with its
 * list (names, employers, details; never identity numbers or contacts) and the objection form while it is open.
 */
@Controller
class PublicNoticeController {

    static final String LABELS = "publicnotice.label.";
    private static final int PAGE_SIZE = 20;

    private final NoticeBoard board;
    private final Objections objections;

    PublicNoticeController(NoticeBoard board, Objections objections) {
        this.board = board;
        this.objections = objections;
    }

    @GetMapping("/notices")
    String notices(@RequestParam(defaultValue = "0") int page, Model model) {
        PageRequest request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW, Sort.unsorted());
        model.addAttribute("notices", PageRequests.withinResults(request, board::shown));
        model.addAttribute("today", board.today());
        return "publicnotice/public-list";
    }

    @GetMapping("/notices/{id:\\d{1,18}}")
    String notice(@PathVariable long id, Model model) {
        model.addAttribute("notice", board.shownNotice(id));
        if (!model.containsAttribute("objection")) {
            model.addAttribute("objection", new Objections.Input(null, null, null, null));
        }
        return "publicnotice/public-notice";
    }

    @PostMapping("/notices/{id:\\d{1,18}}/objections")
    String object(@PathVariable long id, @RequestParam(required = false) Long entryId,
            @RequestParam(required = false) String objectorName, @RequestParam(required = false) String contact,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Objections.Input input = new Objections.Input(entryId, objectorName, contact, reason);
        try {
            objections.raise(id, input);
            redirect.addFlashAttribute("message", "publicnotice.objection.received");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("objectionRefusals", Refusal.of(e, LABELS));
            // the values come back with the refusal, cut to the form's limits
            redirect.addFlashAttribute("objection", new Objections.Input(entryId, clip(objectorName, 50),
                    clip(contact, 100), clip(reason, 1000)));
        }
        return "redirect:/notices/" + id + "#objection";
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
