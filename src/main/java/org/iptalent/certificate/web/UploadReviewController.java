package org.iptalent.certificate.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.certificate.internal.CertificateProperties;
import org.iptalent.certificate.internal.ExternalCertificate.Review;
import org.iptalent.certificate.internal.ExternalCertificateInput;
import org.iptalent.certificate.internal.ExternalCertificates;
import org.iptalent.certificate.internal.UploadedCertificate;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.PageRequests;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Certificates earned elsewhere, for administrators: the review queue of their region (pending first, verified and
 * rejected a click away), one upload with its file and the decision, and the form to upload one for a talent.
 */
@Controller
class UploadReviewController {

    private static final int PAGE_SIZE = 20;
    static final String FORM = "upload";

    private final ExternalCertificates uploads;
    private final CertificateProperties properties;

    UploadReviewController(ExternalCertificates uploads, CertificateProperties properties) {
        this.uploads = uploads;
        this.properties = properties;
    }

    /** The upload form: its fields, dates as the date inputs send them, and the file. */
    record UploadForm(Long talentId, String title, String issuer, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate issuedOn, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            MultipartFile file) {

        ExternalCertificateInput input(Long forTalent) {
            return new ExternalCertificateInput(forTalent, title, issuer, issuedOn, expiresOn);
        }

        static UploadForm empty() {
            return new UploadForm(null, null, null, null, null, null);
        }
    }

    /** The queue; {@code talentId} fills in the upload form for a talent (the link on a talent's profile). */
    @GetMapping("/certificates/uploads")
    String queue(@RequestParam(defaultValue = "PENDING") Review review, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Long talentId, Model model) {
        Sort order = review == Review.PENDING ? Sort.by("createdAt", "id") : Sort.by(Sort.Order.desc("createdAt"));
        model.addAttribute("page", PageRequests.withinResults(
                PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW, order),
                request -> uploads.inReview(review, request)));
        model.addAttribute("review", review);
        model.addAttribute("reviews", Review.values());
        model.addAttribute("maxFileSize", properties.upload().maxFileSize().toMegabytes());
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new UploadForm(talentId, null, null, null, null, null));
        }
        return "certificate/uploads";
    }

    /** An administrator's upload for a talent of their region. */
    @PostMapping("/certificates/uploads")
    String upload(@ModelAttribute(FORM) UploadForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (form.talentId() == null) {
            FormRefusals.bind(binding, new InvalidInputException(java.util.List.of(
                    new InvalidInputException.Problem("talentId", "field.required"))));
            return queue(Review.PENDING, 0, null, model);
        }
        UploadedCertificate uploaded;
        try {
            uploaded = uploads.upload(form.input(form.talentId()), form.file());
        } catch (InvalidInputException e) {
            FormRefusals.bind(binding, e);
            return queue(Review.PENDING, 0, null, model);
        }
        redirect.addFlashAttribute("message", "certificate.upload.done");
        return "redirect:/certificates/uploads/" + uploaded.id();
    }

    @GetMapping("/certificates/uploads/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("uploaded", uploads.get(id));
        return "certificate/upload";
    }

    @PostMapping("/certificates/uploads/{id:\\d+}/verify")
    String verify(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        try {
            uploads.verify(id, version);
        } catch (BusinessRuleException e) {
            model.addAttribute("reviewRefusals", Refusal.of(e));
            return show(id, model);
        }
        redirect.addFlashAttribute("message", "certificate.review.verified");
        return "redirect:/certificates/uploads/" + id;
    }

    @PostMapping("/certificates/uploads/{id:\\d+}/reject")
    String reject(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect) {
        try {
            uploads.reject(id, version, reason);
        } catch (BusinessRuleException e) {
            model.addAttribute("reviewRefusals", Refusal.of(e));
            model.addAttribute("reason", reason);
            return show(id, model);
        }
        redirect.addFlashAttribute("message", "certificate.review.rejected");
        return "redirect:/certificates/uploads/" + id;
    }

    @GetMapping("/certificates/uploads/{id:\\d+}/file")
    void file(@PathVariable long id, HttpServletResponse response) throws IOException {
        MyCertificatesController.write(uploads.file(id), response);
    }
}
