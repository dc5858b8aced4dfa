package org.iptalent.programme.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.platform.web.Refusal;
import org.iptalent.programme.round.RoundBoard;
import org.iptalent.programme.round.RoundBoards;
import org.iptalent.programme.round.RoundNominating;
import org.iptalent.programme.round.RoundPlanning;
import org.iptalent.programme.round.RoundReview;
import org.iptalent.programme.round.RoundSelecting;
import org.iptalent.registry.TalentCard;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A round's page and its steps: quotas, a province's search and nomination, the start of the review, the drawing of
 * the reviewers, the public notice of the best ranked and the conclusion. Every refusal comes back on the page.
 */
@Controller
class ProgrammeRoundController {

    private final RoundBoards boards;
    private final RoundPlanning planning;
    private final RoundNominating nominating;
    private final RoundReview review;
    private final RoundSelecting selecting;

    ProgrammeRoundController(RoundBoards boards, RoundPlanning planning, RoundNominating nominating, RoundReview review,
            RoundSelecting selecting) {
        this.boards = boards;
        this.planning = planning;
        this.nominating = nominating;
        this.review = review;
        this.selecting = selecting;
    }

    @GetMapping("/programmes/rounds/{id}")
    String board(@PathVariable long id, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        RoundBoard board = boards.board(id, page, RoundBoards.PAGE_SIZE);
        model.addAttribute("board", board);
        model.addAttribute("q", q);
        if (board.nominatingProvince() != null && board.nominating()) {
            List<TalentCard> candidates = List.of();
            try {
                candidates = nominating.candidates(id, q);
            } catch (BusinessRuleException e) {
                model.addAttribute("searchRefusals", Refusal.of(e));
            }
            model.addAttribute("candidates", candidates);
            // asked of the round for the talents shown: the page of nominations below holds only some of them
            model.addAttribute("nominatedIds", nominating.nominatedAmong(id,
                    candidates.stream().map(TalentCard::id).toList()));
        }
        if (board.administers()) {
            model.addAttribute("categories", review.categories(locale));
            model.addAttribute("today", LocalDate.now());
            model.addAttribute("closes", LocalDate.now().plusDays(7));
        }
        return "programme/round";
    }

    @PostMapping("/programmes/rounds/{id}/quotas")
    String quotas(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return step(id, redirect, "quotaRefusals", "programme.quotasSaved",
                () -> planning.setQuotas(id, ProgrammeController.quotas(params)));
    }

    @PostMapping("/programmes/rounds/{id}/nominate")
    String nominate(@PathVariable long id, @RequestParam(required = false) Long talentId,
            @RequestParam(defaultValue = "") String statement, @RequestParam(defaultValue = "") String achievements,
            @RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
        redirect.addAttribute("q", q);
        return step(id, redirect, "nominateRefusals", "programme.nominated", () -> {
            if (talentId == null) {
                throw new BusinessRuleException("talentId", "field.required");
            }
            nominating.nominate(id, talentId, statement, achievements);
        });
    }

    @PostMapping("/programmes/rounds/{id}/review")
    String startReview(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "boardRefusals", "programme.reviewStarted", () -> planning.startReview(id));
    }

    @PostMapping("/programmes/rounds/{id}/panel")
    String drawPanel(@PathVariable long id, @RequestParam(defaultValue = "") String category,
            @RequestParam(required = false) Integer count, @RequestParam(required = false) Integer reserves,
            RedirectAttributes redirect) {
        // the pool's own refusals name its request's fields, which this form does not have: their messages alone
        try {
            review.drawPanel(id, category, count, reserves);
            redirect.addFlashAttribute("message", "programme.panelDrawn");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("panelRefusals", Refusal.of(e));
        }
        return "redirect:/programmes/rounds/" + id;
    }

    @PostMapping("/programmes/rounds/{id}/notice")
    String publish(@PathVariable long id, @RequestParam(required = false) Integer count,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            RedirectAttributes redirect) {
        return step(id, redirect, "noticeRefusals", "programme.noticePublished",
                () -> selecting.publishNotice(id, count, title, body, opensOn, closesOn));
    }

    @PostMapping("/programmes/rounds/{id}/conclude")
    String conclude(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "boardRefusals", "programme.concluded", () -> selecting.conclude(id));
    }

    private static String step(long id, RedirectAttributes redirect, String refusals, String done, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("message", done);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute(refusals, Refusal.of(e, "programme.field."));
        }
        return "redirect:/programmes/rounds/" + id;
    }
}
