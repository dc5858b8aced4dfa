package org.iptalent.training.effect.web;

import org.iptalent.training.effect.EffectReport;
import org.iptalent.training.effect.EffectReports;
import org.iptalent.training.survey.QuestionnaireKeeping;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The training-effect report: Kirkpatrick's four levels per program or per base, for a year or every year. */
@Controller
class EffectController {

    private final EffectReports reports;
    private final QuestionnaireKeeping questionnaires;

    EffectController(EffectReports reports, QuestionnaireKeeping questionnaires) {
        this.reports = reports;
        this.questionnaires = questionnaires;
    }

    @GetMapping("/training/effect")
    String report(@RequestParam(defaultValue = "PROGRAM") EffectReport.Grouping by,
            @RequestParam(required = false) String year, Model model) {
        Integer chosen = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        model.addAttribute("report", reports.report(by, chosen));
        model.addAttribute("groupings", EffectReport.Grouping.values());
        model.addAttribute("keepsQuestionnaires", questionnaires.keeps());
        return "training/effect";
    }
}
