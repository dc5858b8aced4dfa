package org.iptalent.training.survey.web;

import org.iptalent.training.survey.SurveyResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A class's survey results for whoever runs the class: the panel a class page loads with htmx
 * ({@code training/survey-panel :: panel(classId)}), or a page of its own when opened directly.
 */
@Controller
class SurveyPanelController {

    private final SurveyResults results;

    SurveyPanelController(SurveyResults results) {
        this.results = results;
    }

    @GetMapping("/classes/{id}/survey")
    String results(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("results", results.ofClass(id));
        return "true".equals(htmx) ? "training/survey-panel :: results" : "training/survey-results";
    }
}
