package org.iptalent.expert.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.iptalent.expert.admission.AdmissionApplication;
import org.iptalent.expert.admission.AdmissionApplication.State;
import org.iptalent.expert.admission.AdmissionDecisions;
import org.iptalent.expert.admission.AdmissionView;
import org.iptalent.expert.admission.ExpertAdmissions;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.platform.file.UploadedFiles;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * The administrations' admission pages: the queue of the region's applications by state (re-reviewed ones selected
 * for a public notice), a nomination with evidence, and one application with its review, notice and appointment.
 */
@Controller
class AdmissionController {

    private static final int PAGE_SIZE = 20;
    private static final String FORM = "form";
    static final String LABELS = "expert.admission.label.";

    private final ExpertAdmissions admissions;
    private final AdmissionDecisions decisions;
    private final TalentRegistry registry;
    private final ExpertTexts texts;
    private final Clock clock;

    AdmissionController(ExpertAdmissions admissions, AdmissionDecisions decisions, TalentRegistry registry,
            ExpertTexts texts, Clock clock) {
        this.admissions = admissions;
        this.decisions = decisions;
        this.registry = registry;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/experts/admission")
    String queue(@RequestParam(required = false) State state, @RequestParam(defaultValue = "0") int page,
            Model model) {
        PageRequest request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW,
                Sort.by(Sort.Order.desc("id")));
        Page<AdmissionApplication> applications = PageRequests.withinResults(request, r -> admissions.queue(state, r));
        model.addAttribute("applications", applications);
        model.addAttribute("state", state);
        model.addAttribute("states", State.values());
        model.addAttribute("categoryNames", texts.categoryNames());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("mayPublish", state == State.RE_REVIEW_PASSED && !applications.isEmpty()
                && CurrentUser.require().has(Role.NATIONAL_ADMIN));
        model.addAttribute("opensOn", today);
        model.addAttribute("closesOn", today.plusDays(7));
        return "expert/admission-list";
    }

    @PostMapping("/experts/admission/notice")
    String publish(@RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) String title, @RequestParam(required = false) String body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            RedirectAttributes redirect) {
        try {
            long noticeId = decisions.publish(ids, title, body, opensOn, closesOn);
            redirect.addFlashAttribute("message", "expert.admission.page.published");
            return "redirect:/public-notices/" + noticeId;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("publishRefusals", Refusal.of(e, LABELS));
            return "redirect:/experts/admission?state=RE_REVIEW_PASSED";
        }
    }

    @GetMapping("/experts/admission/new")
    String nominationForm(@RequestParam(required = false) Long talentId, Model model) {
        org.iptalent.expert.pool.ExpertRecords.requireAdministrator();
        AdmissionForm form = new AdmissionForm();
        form.setTalentId(talentId);
        model.addAttribute(FORM, form);
        return form(form, model);
    }

    @PostMapping("/experts/admission/new")
    String nominate(@ModelAttribute(FORM) AdmissionForm form, BindingResult binding,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                AdmissionView application = admissions.submit(form.input(), evidence);
                redirect.addFlashAttribute("message", "expert.admission.page.nominated");
                return "redirect:/experts/admission/" + application.id();
            } catch (BusinessRuleException e) {
                FormRefusals.bind(binding, e);
            }
        }
        return form(form, model);
    }

    @GetMapping("/experts/admission/{id:\\d{1,18}}")
    String application(@PathVariable long id, Model model) {
        AdmissionView application = admissions.get(id);
        model.addAttribute("admission", application);
        model.addAttribute("categoryNames", texts.categoryNames());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("termStartsOn", today);
        model.addAttribute("termEndsOn", today.plusYears(3).minusDays(1));
        CurrentUser user = CurrentUser.require();
        model.addAttribute("national", user.has(Role.NATIONAL_ADMIN));
        model.addAttribute("reviewer", user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN));
        return "expert/admission";
    }

    @PostMapping("/experts/admission/{id:\\d{1,18}}/reviews")
    String review(@PathVariable long id, @RequestParam(required = false) Boolean passed,
            @RequestParam(required = false) String opinion, RedirectAttributes redirect) {
        if (passed == null) {
            redirect.addFlashAttribute("reviewRefusals", List.of(new Refusal(LABELS + "passed", "field.required",
                    List.of())));
        } else {
            flash(redirect, "reviewRefusals", "expert.admission.page.reviewed",
                    () -> decisions.review(id, passed, opinion));
        }
        return "redirect:/experts/admission/" + id;
    }

    @PostMapping("/experts/admission/{id:\\d{1,18}}/appointment")
    String appoint(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStartsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termEndsOn,
            RedirectAttributes redirect) {
        flash(redirect, "appointRefusals", "expert.admission.page.appointed",
                () -> decisions.appoint(id, termStartsOn, termEndsOn));
        return "redirect:/experts/admission/" + id;
    }

    @PostMapping("/experts/admission/{id:\\d{1,18}}/withdrawal")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        flash(redirect, "reviewRefusals", "expert.admission.page.withdrawn", () -> admissions.withdraw(id));
        return "redirect:/experts/admission/" + id;
    }

    @GetMapping("/experts/admission/{id:\\d{1,18}}/evidence/{fileId:\\d{1,18}}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long fileId) {
        return download(admissions.evidence(id, fileId));
    }

    /** A small form's outcome: the message, or the refusal labelled by field under {@code expert.admission.label.}. */
    static void flash(RedirectAttributes redirect, String refusals, String message, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("message", message);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute(refusals, Refusal.of(e, LABELS));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute(refusals, Refusal.of("expert.page.changedMeanwhile"));
        }
    }

    static ResponseEntity<byte[]> download(UploadedFiles.StoredFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private String form(AdmissionForm form, Model model) {
        model.addAttribute("categories", texts.categoriesInScope());
        model.addAttribute("duties", Duty.values());
        model.addAttribute("talents", form.getTalentId() == null ? List.of()
                : registry.find(form.getTalentId()).map(t -> registry.cards(List.of(t.id())).values().stream()
                        .toList()).orElse(List.of()));
        model.addAttribute("searched", false);
        model.addAttribute("tooMany", false);
        model.addAttribute("maxEvidence", ExpertAdmissions.MAX_EVIDENCE);
        return "expert/admission-form";
    }
}
