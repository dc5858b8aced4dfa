package org.iptalent.certificate.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.certificate.Certificates;
import org.iptalent.certificate.internal.CertificateProperties;
import org.iptalent.certificate.internal.ExternalCertificates;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.spreadsheet.Attachment;
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
 * A talent's own certificates: those issued here with their PDF, those earned elsewhere with their review, and the
 * form to upload one. An account linked to no talent record is told so instead.
 */
@Controller
class MyCertificatesController {

    private final Certificates certificates;
    private final ExternalCertificates uploads;
    private final TalentAccounts accounts;
    private final CertificateProperties properties;

    MyCertificatesController(Certificates certificates, ExternalCertificates uploads, TalentAccounts accounts,
            CertificateProperties properties) {
        this.certificates = certificates;
        this.uploads = uploads;
        this.accounts = accounts;
        this.properties = properties;
    }

    @GetMapping("/my/certificates")
    String mine(Model model) {
        var talent = accounts.talentOf(CurrentUser.require().id());
        model.addAttribute("linked", talent.isPresent());
        model.addAttribute("certificates", talent.map(certificates::ofTalent).orElse(java.util.List.of())
                .stream().filter(c -> !c.external()).toList());
        model.addAttribute("uploads", uploads.mine());
        model.addAttribute("maxFileSize", properties.upload().maxFileSize().toMegabytes());
        if (!model.containsAttribute(UploadReviewController.FORM)) {
            model.addAttribute(UploadReviewController.FORM, UploadReviewController.UploadForm.empty());
        }
        return "certificate/mine";
    }

    @PostMapping("/my/certificates/uploads")
    String upload(@ModelAttribute(UploadReviewController.FORM) UploadReviewController.UploadForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            uploads.upload(form.input(null), form.file());
        } catch (InvalidInputException e) {
            FormRefusals.bind(binding, e);
            return mine(model);
        } catch (AccessDeniedException e) {
            model.addAttribute("uploadRefusals", Refusal.of(e));
            return mine(model);
        }
        redirect.addFlashAttribute("message", "certificate.upload.done");
        return "redirect:/my/certificates";
    }

    @GetMapping("/my/certificates/{id:\\d+}/pdf")
    String pdf(@PathVariable long id, @RequestParam(defaultValue = "zh") String language, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        try {
            CertificateController.write(certificates.pdf(id, CertificatePages.certificateLocale(language)), response);
            return null;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("pdfRefusals", Refusal.of(e));
            return "redirect:/my/certificates";
        }
    }

    @GetMapping("/my/certificates/uploads/{id:\\d+}/file")
    void file(@PathVariable long id, HttpServletResponse response) throws IOException {
        write(uploads.file(id), response);
    }

    /** An uploaded file, always as a download (never shown inline from the platform's origin). */
    static void write(ExternalCertificates.StoredFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", Attachment.contentDisposition(file.name()));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
