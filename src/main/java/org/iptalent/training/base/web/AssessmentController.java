package org.iptalent.training.base.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.PageRequests;
import org.iptalent.training.base.AssessmentDetail;
import org.iptalent.training.base.AssessmentRow;
import org.iptalent.training.base.AssessmentRuns;
import org.iptalent.training.base.AssessmentScorecards;
import org.iptalent.training.base.Measures;
import org.iptalent.training.base.ScorecardView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national administrator's annual assessment: the year's scorecard (configured or copied from the year
 * before), the run and its results with each base's recommendation, and one base's assessment with the decision
 * form. Everything here is refused (403) to anyone else by the services.
 */
@Controller
class AssessmentController {

    private static final String FORM = "scorecard";
    private static final int PAGE_SIZE = 20;

    private final AssessmentScorecards scorecards;
    private final AssessmentRuns runs;
    private final Measures measures;
    private final Clock clock;

    AssessmentController(AssessmentScorecards scorecards, AssessmentRuns runs, Measures measures, Clock clock) {
        this.scorecards = scorecards;
        this.runs = runs;
        this.measures = measures;
        this.clock = clock;
    }

    /** The scorecard of {@code year} (this year unless asked), or the form to configure it. */
    @GetMapping("/training-bases/scorecards")
    String scorecard(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        Optional<ScorecardView> card = scorecards.find(shown);
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, card.map(ScorecardForm::of).orElseGet(() -> ScorecardForm.fresh(measures.all())));
        }
        model.addAttribute("year", shown);
        model.addAttribute("card", card.orElse(null));
        model.addAttribute("years", scorecards.years());
        model.addAttribute("measures", measures.all());
        return "training-base/scorecard";
    }

    @PostMapping("/training-bases/scorecards/{year}")
    String saveScorecard(@PathVariable int year, @RequestParam(required = false) Long version,
            @ModelAttribute(FORM) ScorecardForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormValues values = new FormValues();
        try {
            scorecards.save(year, version, form.toInput(values));
            redirect.addFlashAttribute("message", "trainingBase.scorecard.saved");
            return "redirect:/training-bases/scorecards?year=" + year;
        } catch (InvalidInputException e) {
            FormRefusals.bind(binding, values.merged(e));
        } catch (BusinessRuleException e) {
            FormRefusals.bind(binding, e);
        }
        form.pad();
        return scorecard(year, model);
    }

    @PostMapping("/training-bases/scorecards/{year}/copy")
    String copy(@PathVariable int year, RedirectAttributes redirect) {
        try {
            scorecards.copyFromPrevious(year);
            redirect.addFlashAttribute("message", "trainingBase.scorecard.copied");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("copyRefusals", Refusal.of(e));
        }
        return "redirect:/training-bases/scorecards?year=" + year;
    }

    /** The year's assessment: each base's total, recommendation and decision, and the button that runs it. */
    @GetMapping("/training-bases/assessments")
    String assessments(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean undecided,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        PageRequest request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW,
                Sort.by("base.name"));
        Page<AssessmentRow> rows;
        try {
            rows = PageRequests.withinResults(request, r -> runs.results(shown, level, q, undecided, r));
        } catch (org.iptalent.shared.AccessDeniedException e) {
            throw e;
        } catch (BusinessRuleException e) {
            model.addAttribute("refusals", Refusal.of(e, "trainingBase."));
            rows = Page.empty(request);
        }
        model.addAttribute("year", shown);
        model.addAttribute("level", level);
        model.addAttribute("q", q);
        model.addAttribute("undecided", undecided);
        model.addAttribute("page", rows);
        model.addAttribute("card", scorecards.find(shown).orElse(null));
        model.addAttribute("years", scorecards.years());
        return "training-base/assessments";
    }

    @PostMapping("/training-bases/assessments/run")
    String run(@RequestParam int year, RedirectAttributes redirect) {
        try {
            AssessmentRuns.RunResult result = runs.run(year);
            redirect.addFlashAttribute("runResult", result);
        } catch (org.iptalent.shared.AccessDeniedException e) {
            throw e;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("runRefusals", Refusal.of(e));
        }
        return "redirect:/training-bases/assessments?year=" + year;
    }

    @GetMapping("/training-bases/assessments/{id}")
    String assessment(@PathVariable long id, Model model) {
        AssessmentDetail detail = runs.detail(id);
        model.addAttribute("assessment", detail);
        model.addAttribute("adjustments", List.of(org.iptalent.training.base.Adjustment.values()));
        return "training-base/assessment";
    }

    @PostMapping("/training-bases/assessments/{id}/decision")
    String decide(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            runs.decide(id, version, decision, reason);
            redirect.addFlashAttribute("message", "trainingBase.decision.recorded");
        } catch (org.iptalent.shared.AccessDeniedException e) {
            throw e;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("decisionRefusals", Refusal.of(e, "trainingBase."));
            redirect.addFlashAttribute("decision", decision);
            redirect.addFlashAttribute("reason", reason);
        }
        return "redirect:/training-bases/assessments/" + id;
    }
}
