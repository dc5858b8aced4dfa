package org.iptalent.training.web;

import org.iptalent.platform.web.Refusal;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.training.enrollment.CohortEnrollment;
import org.iptalent.training.enrollment.ClassCompletion;
import org.iptalent.training.enrollment.Enrollment;
import org.iptalent.training.enrollment.Enrolling;
import org.iptalent.training.enrollment.Placement;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The enrollment buttons of a class's page: enrol, withdraw, assign one or a cohort, close the class. */
@Controller
class EnrollmentController {

    private final Enrolling enrolling;
    private final ClassCompletion completion;

    EnrollmentController(Enrolling enrolling, ClassCompletion completion) {
        this.enrolling = enrolling;
        this.completion = completion;
    }

    @PostMapping("/classes/{id}/enrol")
    String enrol(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Placement placement = enrolling.enrolSelf(id);
            placed(placement, redirect);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("enrollmentRefusals", Refusal.of(e));
        }
        return "redirect:/classes/" + id;
    }

    @PostMapping("/classes/{id}/enrollments/{enrollmentId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long enrollmentId, RedirectAttributes redirect) {
        try {
            enrolling.withdraw(enrollmentId);
            redirect.addFlashAttribute("message", "training.enrollment.withdrawn");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("enrollmentRefusals", Refusal.of(e));
        }
        return "redirect:/classes/" + id;
    }

    @PostMapping("/classes/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) Long talentId, RedirectAttributes redirect) {
        try {
            if (talentId == null) {
                throw new BusinessRuleException("talentId", "field.required");
            }
            placed(enrolling.assign(id, talentId), redirect);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("assignRefusals", Refusal.of(e, "training.enrollment."));
        }
        return "redirect:/classes/" + id + "#assign";
    }

    @PostMapping("/classes/{id}/cohort")
    String cohort(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) String province, @RequestParam(required = false) String city,
            @RequestParam(required = false) String team, @RequestParam(required = false) String category,
            @RequestParam(required = false) String qualification, RedirectAttributes redirect) {
        try {
            CohortEnrollment result = enrolling.enrolCohort(id, new TalentCriteria(q, province, city, team, category,
                    qualification, null, null, null, "ACTIVE", null), Enrollment.Source.COHORT);
            redirect.addFlashAttribute("cohortResult", result);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("assignRefusals", Refusal.of(e));
        }
        return "redirect:/classes/" + id + "#assign";
    }

    @PostMapping("/classes/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("closeOutcome", completion.close(id));
            redirect.addFlashAttribute("message", "training.class.closed");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("classRefusals", Refusal.of(e));
        }
        return "redirect:/classes/" + id;
    }

    private static void placed(Placement placement, RedirectAttributes redirect) {
        redirect.addFlashAttribute("placement", placement);
        redirect.addFlashAttribute("message", placement.status() == Enrollment.Status.ENROLLED
                ? "training.enrollment.placed" : "training.enrollment.waitlistedMessage");
    }
}
