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
 * The publishing administration's pages: its region's notices, and one notice with the objections to each entry,
 * each of which it may dismiss with a reason. Another region's notice is not found.
 */
@Controller
class NoticeAdminController {

    private static final int PAGE_SIZE = 20;

    private final NoticeBoard board;
    private final Objections objections;

    NoticeAdminController(NoticeBoard board, Objections objections) {
        this.board = board;
        this.objections = objections;
    }

    @GetMapping("/public-notices")
    String notices(@RequestParam(defaultValue = "0") int page, Model model) {
        PageRequest request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW,
                Sort.by(Sort.Order.desc("closesOn"), Sort.Order.desc("id")));
        model.addAttribute("notices", PageRequests.withinResults(request, board::administeredPage));
        return "publicnotice/admin-list";
    }

    @GetMapping("/public-notices/{id:\\d{1,18}}")
    String notice(@PathVariable long id, Model model) {
        model.addAttribute("notice", board.get(id));
        model.addAttribute("objections", objections.of(id));
        return "publicnotice/admin-notice";
    }

    @PostMapping("/public-notices/{id:\\d{1,18}}/objections/{objectionId:\\d{1,18}}/dismissal")
    String dismiss(@PathVariable long id, @PathVariable long objectionId,
            @RequestParam(required = false) String dismissalReason, RedirectAttributes redirect) {
        try {
            objections.dismiss(id, objectionId, dismissalReason);
            redirect.addFlashAttribute("message", "publicnotice.objection.dismissed");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("dismissRefusals", Refusal.of(e, PublicNoticeController.LABELS));
            redirect.addFlashAttribute("refusedObjection", objectionId);
        }
        return "redirect:/public-notices/" + id + "#objection-" + objectionId;
    }
}
