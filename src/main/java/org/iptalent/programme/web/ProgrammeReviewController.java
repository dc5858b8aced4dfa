package org.iptalent.programme.web;

import java.math.BigDecimal;

import org.iptalent.platform.web.Refusal;
import org.iptalent.programme.round.ReviewSheets;
import org.iptalent.programme.round.RoundReview;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A drawn reviewer's pages: the rounds they review, and a round's scoring sheet with their own scores only. */
@Controller
class ProgrammeReviewController {

    private final RoundReview review;
    private final ReviewSheets sheets;

    ProgrammeReviewController(RoundReview review, ReviewSheets sheets) {
        this.review = review;
        this.sheets = sheets;
    }

    @GetMapping("/programmes/reviews")
    String mine(Model model) {
        model.addAttribute("rounds", review.myRounds());
        return "programme/reviews";
    }

    @GetMapping("/programmes/reviews/{roundId}")
    String sheet(@PathVariable long roundId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("sheet", sheets.sheet(roundId, page));
        return "programme/review";
    }

    @PostMapping("/programmes/reviews/{roundId}/scores/{nominationId}")
    String score(@PathVariable long roundId, @PathVariable long nominationId,
            @RequestParam(defaultValue = "") String score, @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
        try {
            review.score(nominationId, number(score), comment);
            redirect.addFlashAttribute("message", "programme.scoreSaved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("scoreRefusals", Refusal.of(e, "programme.field."));
            redirect.addFlashAttribute("refusedNomination", nominationId);
        }
        // back to the page of the sheet the score was given on
        return "redirect:/programmes/reviews/" + roundId + "?page=" + Math.max(0, page) + "#nomination-" + nominationId;
    }

    /** The score field as typed: blank is no score; "abc" or "50.5" are refused in words, not with a bare 400. */
    private static BigDecimal number(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("score", "programme.review.scoreRange");
        }
    }
}
