package org.iptalent.planning.report.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.planning.report.IndicatorPages;
import org.iptalent.planning.report.ReportedValues;
import org.iptalent.planning.report.SnapshotCorrections;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.PageRequests;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An indicator's page: its definition and history for a region; for a reported indicator its values with the submit
 * form and the national office's decisions, for a computed one the national office's corrections of a month.
 */
@Controller
class IndicatorPageController {

    private static final int PAGE_SIZE = 20;
    private static final Sort NEWEST = Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"));

    private final IndicatorPages pages;
    private final ReportedValues values;
    private final SnapshotCorrections corrections;

    IndicatorPageController(IndicatorPages pages, ReportedValues values, SnapshotCorrections corrections) {
        this.pages = pages;
        this.values = values;
        this.corrections = corrections;
    }

    @GetMapping("/plans/{planId:\\d+}/indicators/{code:[a-z][a-z0-9-]*}")
    String show(@PathVariable long planId, @PathVariable String code, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        if (!model.containsAttribute("submission")) {
            model.addAttribute("submission", new SubmissionForm());
        }
        if (!model.containsAttribute("correction")) {
            model.addAttribute("correction", new CorrectionForm());
        }
        PageRequest request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW, NEWEST);
        model.addAttribute("view", pages.of(planId, code, region, request, locale));
        return "planning/reported-indicator";
    }

    @PostMapping("/plans/{planId:\\d+}/indicators/{code}/reported-values")
    String submit(@PathVariable long planId, @PathVariable String code,
            @ModelAttribute("submission") SubmissionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                values.submit(planId, code, form.submission(), form.getEvidence(), locale);
                redirect.addFlashAttribute("message", "planning.reported.submitted");
                return back(planId, code, null);
            } catch (BusinessRuleException e) {
                FormRefusals.bind(binding, e);
            }
        }
        return show(planId, code, null, 0, model, locale);
    }

    @PostMapping("/plans/{planId:\\d+}/indicators/{code}/reported-values/{id:\\d+}/decision")
    String decide(@PathVariable long planId, @PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) ReportedValues.Decision decision,
            @RequestParam(required = false) String note, @RequestParam long version, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            values.decide(code, id, version, decision, note, locale);
        } catch (BusinessRuleException e) {
            model.addAttribute("decisionRefusals", Refusal.of(e));
            return show(planId, code, null, 0, model, locale);
        }
        redirect.addFlashAttribute("message", decision == ReportedValues.Decision.APPROVE
                ? "planning.reported.approved" : "planning.reported.rejected");
        return back(planId, code, null);
    }

    @GetMapping("/plans/{planId:\\d+}/indicators/{code}/reported-values/{id:\\d+}/evidence")
    void evidence(@PathVariable long planId, @PathVariable String code, @PathVariable long id,
            HttpServletResponse response) throws IOException {
        EvidenceDownload.write(values.evidence(code, id), response);
    }

    @PostMapping("/plans/{planId:\\d+}/indicators/{code}/corrections")
    String correct(@PathVariable long planId, @PathVariable String code,
            @ModelAttribute("correction") CorrectionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                corrections.correct(planId, code, form.correction());
                redirect.addFlashAttribute("message", "planning.correction.recorded");
                return back(planId, code, form.getRegionCode());
            } catch (BusinessRuleException e) {
                FormRefusals.bind(binding, e);
            }
        }
        return show(planId, code, null, 0, model, locale);
    }

    private static String back(long planId, String code, String region) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/plans/{planId}/indicators/{code}");
        if (region != null && !region.isBlank()) {
            uri.queryParam("region", region.strip());
        }
        return "redirect:" + uri.buildAndExpand(planId, code).encode().toUriString();
    }
}
