package org.iptalent.training.effect.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.training.effect.TestScores;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A class's pre-test and post-test scores, entered on one sheet by whoever runs the class: fields
 * {@code pre<enrollment>} and {@code post<enrollment>}, blank for none. A refused sheet comes back as entered.
 */
@Controller
class TestScoreController {

    private final TestScores scores;

    TestScoreController(TestScores scores) {
        this.scores = scores;
    }

    @GetMapping("/classes/{id}/tests")
    String sheet(@PathVariable long id, Model model) {
        model.addAttribute("sheet", scores.sheet(id));
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "training/test-scores";
    }

    @PostMapping("/classes/{id}/tests")
    String record(@PathVariable long id, @RequestParam Map<String, String> parameters, Model model,
            RedirectAttributes redirect) {
        TestScores.Sheet sheet = scores.sheet(id);
        Map<Long, TestScores.Scores> byEnrollment = new LinkedHashMap<>();
        Map<String, String> entered = new HashMap<>();
        for (TestScores.Row row : sheet.rows()) {
            String pre = parameters.get("pre" + row.enrollmentId());
            String post = parameters.get("post" + row.enrollmentId());
            if (pre == null && post == null) {
                continue;
            }
            entered.put("pre" + row.enrollmentId(), pre);
            entered.put("post" + row.enrollmentId(), post);
            byEnrollment.put(row.enrollmentId(), new TestScores.Scores(number(pre), number(post)));
        }
        try {
            int recorded = scores.record(id, byEnrollment);
            redirect.addFlashAttribute("message", "testScore.saved");
            redirect.addFlashAttribute("recorded", recorded);
        } catch (BusinessRuleException e) {
            model.addAttribute("refusals", Refusal.of(e));
            model.addAttribute("entered", entered);
            return sheet(id, model);
        }
        return "redirect:/classes/" + id + "/tests";
    }

    /** Blank is no score; what is no number is refused like a score out of range. */
    private static BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }
}
