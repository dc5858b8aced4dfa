package org.iptalent.training.base.web;

import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.training.base.BaseReviews;
import org.iptalent.training.base.ReviewTask;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A named reviewer's pages, whatever their role: the reviews still open to them (pending first), and the form that
 * gives one a score and a comment. Another reviewer's review is a 404.
 */
@Controller
class ReviewController {

    private final BaseReviews reviews;

    ReviewController(BaseReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/training-bases/reviews")
    String list(Model model) {
        model.addAttribute("reviews", reviews.open());
        return "training-base/reviews";
    }

    @GetMapping("/training-bases/reviews/{id}")
    String review(@PathVariable long id, Model model) {
        ReviewTask review = reviews.get(id);
        model.addAttribute("review", review);
        if (!model.containsAttribute("score")) {
            model.addAttribute("score", review.score() == null ? "" : String.valueOf(review.score()));
            model.addAttribute("comment", review.comment());
        }
        return "training-base/review";
    }

    @PostMapping("/training-bases/reviews/{id}")
    String give(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String score,
            @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        try {
            reviews.give(id, version, parse(score), comment);
            redirect.addFlashAttribute("message", "trainingBase.review.saved");
            return "redirect:/training-bases/reviews";
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusals", Refusal.of(e, "trainingBase.review."));
            redirect.addFlashAttribute("score", score);
            redirect.addFlashAttribute("comment", comment);
            return "redirect:/training-bases/reviews/" + id;
        }
    }

    /** The score as typed: blank is none (required), anything but a whole number is out of range. */
    private static Integer parse(String score) {
        if (score.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(score.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("score", "trainingBase.review.score.range");
        }
    }
}
