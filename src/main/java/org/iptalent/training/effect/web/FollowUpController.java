package org.iptalent.training.effect.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.training.effect.FollowUpLinks;
import org.iptalent.training.survey.FormAnswers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The employers' follow-up: a trainee's page of their follow-ups, where they make their supervisor's one-time link
 * (shown once, on the answer to that request), and the supervisor's form the link opens, which needs no account.
 */
@Controller
class FollowUpController {

    private final FollowUpLinks links;

    FollowUpController(FollowUpLinks links) {
        this.links = links;
    }

    @GetMapping("/my/follow-ups")
    String mine(Model model) {
        model.addAttribute("followUps", links.mine());
        return "training/follow-ups";
    }

    @PostMapping("/my/follow-ups/{id}/link")
    String make(@PathVariable long id, Model model) {
        try {
            model.addAttribute("made", links.make(id));
        } catch (BusinessRuleException e) {
            model.addAttribute("refusals", Refusal.of(e));
        }
        return mine(model);
    }

    @GetMapping("/follow-up/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("form", links.form(token));
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "training/follow-up-invalid";
        }
        model.addAttribute("token", token);
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "training/follow-up-form";
    }

    @PostMapping("/follow-up/{token}")
    String answer(@PathVariable String token, @RequestParam Map<String, String> parameters, Model model,
            HttpServletResponse response) {
        FollowUpLinks.PublicForm form;
        try {
            form = links.form(token);
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "training/follow-up-invalid";
        }
        FormAnswers posted = FormAnswers.of(form.survey().getItems(), parameters);
        Map<String, String> entered = new HashMap<>(posted.entered());
        String respondent = parameters.get("respondent");
        entered.put("respondent", respondent);
        try {
            links.answer(token, respondent, posted.answers());
        } catch (BusinessRuleException e) {
            model.addAttribute("refusals", Refusal.of(e));
            model.addAttribute("entered", entered);
            return form(token, model, response);
        }
        return "training/follow-up-thanks";
    }
}
