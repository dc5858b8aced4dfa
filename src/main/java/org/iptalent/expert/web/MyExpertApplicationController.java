package org.iptalent.expert.web;

import java.util.List;

import org.iptalent.expert.admission.AdmissionView;
import org.iptalent.expert.admission.ExpertAdmissions;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A talent's own application to the expert pool: its applications and their decisions, the form to apply with
 * evidence while none is under way, and the withdrawal before review.
 */
@Controller
class MyExpertApplicationController {

    private static final String FORM = "form";

    private final ExpertAdmissions admissions;
    private final ExpertTexts texts;

    MyExpertApplicationController(ExpertAdmissions admissions, ExpertTexts texts) {
        this.admissions = admissions;
        this.texts = texts;
    }

    @GetMapping("/my/expert-application")
    String mine(Model model) {
        requireTalent();
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new AdmissionForm());
        }
        return page(model);
    }

    @PostMapping("/my/expert-application")
    String apply(@ModelAttribute(FORM) AdmissionForm form, BindingResult binding,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, Model model,
            RedirectAttributes redirect) {
        requireTalent();
        form.setTalentId(null);
        if (!binding.hasErrors()) {
            try {
                admissions.submit(form.input(), evidence);
                redirect.addFlashAttribute("message", "expert.admission.page.applied");
                return "redirect:/my/expert-application";
            } catch (BusinessRuleException e) {
                FormRefusals.bind(binding, e);
            }
        }
        return page(model);
    }

    @PostMapping("/my/expert-application/{id:\\d{1,18}}/withdrawal")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        AdmissionController.flash(redirect, "withdrawRefusals", "expert.admission.page.withdrawn", () -> admissions.withdraw(id));
        return "redirect:/my/expert-application";
    }

    @GetMapping("/my/expert-application/{id:\\d{1,18}}/evidence/{fileId:\\d{1,18}}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long fileId) {
        return AdmissionController.download(admissions.evidence(id, fileId));
    }

    private String page(Model model) {
        List<AdmissionView> applications = admissions.mine();
        model.addAttribute("applications", applications);
        model.addAttribute("mayApply", applications.stream().noneMatch(a -> a.state().isOpen()));
        model.addAttribute("categories", texts.categoriesInScope());
        model.addAttribute("categoryNames", texts.categoryNames());
        model.addAttribute("duties", Duty.values());
        model.addAttribute("maxEvidence", ExpertAdmissions.MAX_EVIDENCE);
        return "expert/my-application";
    }

    private static void requireTalent() {
        if (!CurrentUser.require().has(Role.TALENT)) {
            throw new AccessDeniedException("expert.admission.applicantsOnly");
        }
    }
}
