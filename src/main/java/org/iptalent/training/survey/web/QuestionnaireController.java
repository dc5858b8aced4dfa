package org.iptalent.training.survey.web;

import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.training.survey.Aspect;
import org.iptalent.training.survey.ItemInput;
import org.iptalent.training.survey.ItemKind;
import org.iptalent.training.survey.QuestionnaireKeeping;
import org.iptalent.training.survey.QuestionnaireKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The standard questionnaires, for the national administrator: the satisfaction survey's items and the follow-up's,
 * each added, changed, moved or removed on its own form. A change applies to surveys sent after it.
 */
@Controller
class QuestionnaireController {

    private static final String PATH = "/training/questionnaires";

    private final QuestionnaireKeeping keeping;

    QuestionnaireController(QuestionnaireKeeping keeping) {
        this.keeping = keeping;
    }

    @GetMapping(PATH)
    String show(@RequestParam(defaultValue = "SATISFACTION") QuestionnaireKind kind, Model model) {
        model.addAttribute("questionnaire", keeping.get(kind));
        model.addAttribute("kinds", QuestionnaireKind.values());
        model.addAttribute("itemKinds", ItemKind.values());
        model.addAttribute("aspects", Aspect.values());
        model.addAttribute("keepsQuestionnaires", true);
        return "training/questionnaires";
    }

    @PostMapping(PATH + "/{kind}/items")
    String add(@PathVariable QuestionnaireKind kind, @RequestParam long version,
            @RequestParam(required = false) String textZh, @RequestParam(required = false) String textEn,
            @RequestParam(required = false) ItemKind itemKind, @RequestParam(required = false) Aspect aspect,
            @RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        ItemInput input = new ItemInput(textZh, textEn, itemKind, aspect, required);
        try {
            keeping.add(kind, version, input);
            redirect.addFlashAttribute("message", "questionnaire.item.added");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("addRefusals", Refusal.of(e, "questionnaire.item."));
            redirect.addFlashAttribute("entered", input);
        }
        return back(kind);
    }

    @PostMapping(PATH + "/{kind}/items/{itemId}")
    String change(@PathVariable QuestionnaireKind kind, @PathVariable long itemId, @RequestParam long version,
            @RequestParam(required = false) String textZh, @RequestParam(required = false) String textEn,
            @RequestParam(required = false) ItemKind itemKind, @RequestParam(required = false) Aspect aspect,
            @RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        try {
            keeping.change(kind, version, itemId, new ItemInput(textZh, textEn, itemKind, aspect, required));
            redirect.addFlashAttribute("message", "questionnaire.item.changed");
        } catch (BusinessRuleException e) {
            refused(redirect, itemId, e);
        }
        return back(kind);
    }

    @PostMapping(PATH + "/{kind}/items/{itemId}/move")
    String move(@PathVariable QuestionnaireKind kind, @PathVariable long itemId, @RequestParam long version,
            @RequestParam int direction, RedirectAttributes redirect) {
        keeping.move(kind, version, itemId, direction);
        return back(kind);
    }

    @PostMapping(PATH + "/{kind}/items/{itemId}/remove")
    String remove(@PathVariable QuestionnaireKind kind, @PathVariable long itemId, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            keeping.remove(kind, version, itemId);
            redirect.addFlashAttribute("message", "questionnaire.item.removed");
        } catch (BusinessRuleException e) {
            refused(redirect, itemId, e);
        }
        return back(kind);
    }

    private static void refused(RedirectAttributes redirect, long itemId, BusinessRuleException e) {
        redirect.addFlashAttribute("itemRefusals", Refusal.of(e, "questionnaire.item."));
        redirect.addFlashAttribute("refusedItem", itemId);
    }

    private static String back(QuestionnaireKind kind) {
        return "redirect:" + PATH + "?kind=" + kind.name();
    }
}
