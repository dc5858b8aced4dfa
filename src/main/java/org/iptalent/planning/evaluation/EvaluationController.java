package org.iptalent.planning.evaluation;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.spreadsheet.Attachment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** A plan's mid-term or final evaluation as a page, and the same as a PDF in Chinese (or English with language=en). */
@Controller
class EvaluationController {

    private final PlanEvaluation evaluations;
    private final PlanRecords plans;

    EvaluationController(PlanEvaluation evaluations, PlanRecords plans) {
        this.evaluations = evaluations;
        this.plans = plans;
    }

    @GetMapping("/plans/{id:\\d+}/evaluation")
    String show(@PathVariable long id, @RequestParam(required = false) String kind, Model model, Locale locale) {
        model.addAttribute("plan", plans.get(id));
        EvaluationKind chosen = EvaluationKind.parse(kind);
        model.addAttribute("kind", chosen == null ? EvaluationKind.FINAL : chosen);
        model.addAttribute("kinds", EvaluationKind.values());
        try {
            model.addAttribute("evaluation", evaluations.of(id, kind(chosen), locale));
        } catch (AccessDeniedException e) {
            throw e; // a refusal of the user, not of the request: the 403 page
        } catch (BusinessRuleException e) {
            model.addAttribute("refusals", Refusal.of(e));
        }
        return "planning/evaluation";
    }

    @GetMapping("/plans/{id:\\d+}/evaluation.pdf")
    String pdf(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "zh") String language, HttpServletResponse response) throws IOException {
        EvaluationPdf pdf;
        try {
            pdf = evaluations.pdf(id, kind(EvaluationKind.parse(kind)),
                    "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessRuleException e) {
            // the page says why there is none
            return "redirect:" + UriComponentsBuilder.fromPath("/plans/{id}/evaluation").queryParam("kind", kind)
                    .buildAndExpand(id).encode().toUriString();
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", Attachment.contentDisposition(pdf.fileName()));
        response.setContentLength(pdf.content().length);
        response.getOutputStream().write(pdf.content());
        return null;
    }

    private static EvaluationKind kind(EvaluationKind parsed) {
        if (parsed == null) {
            throw new BusinessRuleException("kind", "planning.evaluation.kindUnknown");
        }
        return parsed;
    }
}
