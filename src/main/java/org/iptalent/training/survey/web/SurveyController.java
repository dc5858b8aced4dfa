package org.iptalent.training.survey.web;

import java.util.Map;

import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.training.survey.SurveyAnswering;
import org.iptalent.training.survey.FormAnswers;
import org.iptalent.training.survey.SurveyLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A trainee's surveys: the list of those they were invited to, and the form of one. A refused answer comes back on
 * the form with its reasons and what was entered; an accepted one thanks them.
 */
@Controller
class SurveyController {

    private final SurveyAnswering answering;

    SurveyController(SurveyAnswering answering) {
        this.answering = answering;
    }

    @GetMapping("/surveys")
    String mine(Model model) {
        model.addAttribute("surveys", answering.mine());
        return "training/surveys";
    }

    @GetMapping("/surveys/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("form", answering.form(id));
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "training/survey";
    }

    @PostMapping("/surveys/{id}")
    String answer(@PathVariable long id, @RequestParam Map<String, String> parameters, Model model,
            RedirectAttributes redirect) {
        SurveyAnswering.SurveyForm form = answering.form(id);
        FormAnswers posted = FormAnswers.of(form.survey().getItems(), parameters);
        try {
            answering.answer(id, posted.answers());
        } catch (BusinessRuleException e) {
            model.addAttribute("refusals", Refusal.of(e));
            model.addAttribute("entered", posted.entered());
            return show(id, model);
        }
        redirect.addFlashAttribute("message", "survey.thanks");
        return "redirect:" + SurveyLinks.answer(id);
    }
}
