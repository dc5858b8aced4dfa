package org.iptalent.planning.task.web;

import java.util.Locale;

import org.iptalent.planning.task.TaskPlanning;
import org.iptalent.planning.task.report.ProgressReporting;
import org.iptalent.planning.task.report.ProgressReporting.Decision;
import org.iptalent.planning.task.report.ReportBoard;
import org.iptalent.planning.task.report.ReportFiles;
import org.iptalent.planning.task.report.ReportView;
import org.iptalent.platform.file.UploadedFiles;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.Attachment;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
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
 * Progress reports in the browser: a province's list of reports to write and its form for one (text, figures,
 * attachments, submit), a report's page with the national office's review, and the national office's queue.
 */
@Controller
class ReportController {

    private static final String FORM = "form";
    private static final int PAGE_SIZE = 20;

    private final ProgressReporting reporting;
    private final ReportBoard board;
    private final TaskPlanning planning;
    private final ReferenceData reference;

    ReportController(ProgressReporting reporting, ReportBoard board, TaskPlanning planning, ReferenceData reference) {
        this.reporting = reporting;
        this.board = board;
        this.planning = planning;
        this.reference = reference;
    }

    /** A province's reports to write (or all of them); the national office's reports waiting for review. */
    @GetMapping("/plans/progress-reports")
    String board(@RequestParam(required = false) Long plan, @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        var request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW, Sort.unsorted());
        boolean national = CurrentUser.require().has(Role.NATIONAL_ADMIN);
        model.addAttribute("national", national);
        model.addAttribute("plans", planning.plans());
        model.addAttribute("plan", plan);
        model.addAttribute("all", all);
        model.addAttribute("region", region);
        if (national) {
            model.addAttribute("page", PageRequests.withinResults(request, r -> board.awaitingReview(plan, region, r)));
            model.addAttribute("provinces", reference.provinces());
        } else {
            model.addAttribute("page", PageRequests.withinResults(request, r -> board.toWrite(plan, all, r)));
            model.addAttribute("ownRegion", TaskController.ownProvince(CurrentUser.require()));
        }
        model.addAttribute("regionNames", new RegionNames(reference, locale));
        return "planning/task-reports";
    }

    @GetMapping("/plans/tasks/{taskId:\\d+}/periods/{periodId:\\d+}/report")
    String form(@PathVariable long taskId, @PathVariable long periodId, Model model, Locale locale,
            RedirectAttributes redirect) {
        ProgressReporting.Slot slot;
        try {
            slot = reporting.slot(taskId, periodId);
        } catch (BusinessRuleException e) {
            return refusedOnTask(taskId, e, redirect);
        }
        model.addAttribute(FORM, ReportForm.of(slot.report()));
        return form(slot, model, locale);
    }

    /** A slot the user may not write (another region's task, no provincial administrator): said on the task page. */
    private static String refusedOnTask(long taskId, BusinessRuleException refusal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("taskRefusals", Refusal.of(refusal));
        return "redirect:/plans/tasks/" + taskId;
    }

    private String form(ProgressReporting.Slot slot, Model model, Locale locale) {
        model.addAttribute("slot", slot);
        model.addAttribute("regionName", reference.regionName(slot.regionCode(), locale));
        return "planning/task-report-form";
    }

    @PostMapping("/plans/tasks/{taskId:\\d+}/periods/{periodId:\\d+}/report")
    String save(@PathVariable long taskId, @PathVariable long periodId, @ModelAttribute(FORM) ReportForm form,
            BindingResult binding, @RequestParam(defaultValue = "save") String action, Model model,
            RedirectAttributes redirect, Locale locale) {
        boolean submit = "submit".equals(action);
        if (!binding.hasErrors()) {
            try {
                ReportView report = reporting.save(taskId, periodId, form.getVersion(), form.input(), submit);
                redirect.addFlashAttribute("message", submit ? "planning.task.report.submittedMessage"
                        : "planning.task.report.savedMessage");
                return submit ? "redirect:/plans/progress-reports/" + report.id()
                        : "redirect:/plans/tasks/" + taskId + "/periods/" + periodId + "/report";
            } catch (BusinessRuleException e) {
                FormRefusals.bind(binding, e);
            } catch (OptimisticLockingFailureException e) {
                binding.reject("planning.task.changedMeanwhile");
            }
        }
        try {
            return form(reporting.slot(taskId, periodId), model, locale);
        } catch (BusinessRuleException e) {
            return refusedOnTask(taskId, e, redirect);
        }
    }

    @PostMapping("/plans/progress-reports/{id:\\d+}/attachments")
    String attach(@PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        ReportView report = reporting.get(id);
        FlashOutcome.of(redirect, "fileRefusals", "planning.task.report.attachedMessage",
                () -> reporting.attach(id, version, file));
        return "redirect:" + formPath(report) + "#attachments";
    }

    @PostMapping("/plans/progress-reports/{id:\\d+}/attachments/{fileId:\\d+}/delete")
    String detach(@PathVariable long id, @PathVariable long fileId, @RequestParam long version,
            RedirectAttributes redirect) {
        ReportView report = reporting.get(id);
        FlashOutcome.of(redirect, "fileRefusals", "planning.task.report.detachedMessage",
                () -> reporting.detach(id, version, fileId));
        return "redirect:" + formPath(report) + "#attachments";
    }

    @GetMapping("/plans/progress-reports/{id:\\d+}")
    String show(@PathVariable long id, Model model, Locale locale) {
        ReportView report = reporting.get(id);
        model.addAttribute("report", report);
        model.addAttribute("plan", planning.planOf(report.planId()));
        model.addAttribute("regionName", reference.regionName(report.regionCode(), locale));
        model.addAttribute("national", CurrentUser.require().has(Role.NATIONAL_ADMIN));
        model.addAttribute("own", report.regionCode().equals(TaskController.ownProvince(CurrentUser.require())));
        return "planning/task-report";
    }

    @PostMapping("/plans/progress-reports/{id:\\d+}/review")
    String review(@PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) Decision decision, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        boolean reviewed = FlashOutcome.of(redirect, "reviewRefusals", decision == Decision.ACCEPT
                ? "planning.task.report.acceptedMessage" : "planning.task.report.returnedMessage",
                () -> reporting.review(id, version, decision, note));
        if (!reviewed) {
            redirect.addFlashAttribute("note", note);
        }
        return "redirect:/plans/progress-reports/" + id;
    }

    @GetMapping("/plans/progress-reports/{id:\\d+}/files/{fileId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        UploadedFiles.StoredFile file = reporting.file(id, fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(file.name()))
                .body(file.content());
    }

    private static String formPath(ReportView report) {
        return "/plans/tasks/" + report.taskId() + "/periods/" + report.periodId() + "/report";
    }

    /** Region names in the reader's language, for the lists' rows. */
    record RegionNames(ReferenceData reference, Locale locale) {

        public String of(String code) {
            return reference.regionName(code, locale);
        }
    }
}
