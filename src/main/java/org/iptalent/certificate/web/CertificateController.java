package org.iptalent.certificate.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.certificate.CertificatePdf;
import org.iptalent.certificate.CertificateStatus;
import org.iptalent.certificate.Certificates;
import org.iptalent.certificate.internal.CertificateAdministration;
import org.iptalent.certificate.internal.CertificateCriteria;
import org.iptalent.certificate.internal.CertificateDetail;
import org.iptalent.certificate.internal.CertificateTypeAdministration;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.PublicLinks;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.Attachment;
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
 * The administrators' certificates: the list of their region (by type, status, year, serial number or code), one
 * certificate with its revocation (a reason required) and renewal, and its PDF.
 */
@Controller
class CertificateController {

    private static final int PAGE_SIZE = 20;
    private static final Sort NEWEST = Sort.by(Sort.Order.desc("issuedOn"), Sort.Order.desc("id"));

    private final CertificateAdministration certificates;
    private final CertificateTypeAdministration types;
    private final Certificates pdfs;
    private final PublicLinks links;

    CertificateController(CertificateAdministration certificates, CertificateTypeAdministration types,
            Certificates pdfs, PublicLinks links) {
        this.certificates = certificates;
        this.types = types;
        this.pdfs = pdfs;
        this.links = links;
    }

    /**
     * The list's filters as the form sends them, as text: a year that is no number is the form's refusal like one
     * out of range, and a status the list does not know filters nothing.
     */
    record Filters(String q, String type, String status, String year) {

        CertificateCriteria criteria() {
            Integer issued = null;
            if (year != null && !year.isBlank()) {
                if (!year.strip().matches("\\d{4}")) {
                    throw new BusinessRuleException("year", "certificate.filter.year",
                            CertificateAdministration.FIRST_YEAR, CertificateAdministration.LAST_YEAR);
                }
                issued = Integer.valueOf(year.strip());
            }
            CertificateStatus chosen = java.util.Arrays.stream(CertificateStatus.values())
                    .filter(s -> s.name().equals(status)).findFirst().orElse(null);
            return new CertificateCriteria(q, type, chosen, issued);
        }
    }

    @GetMapping("/certificates")
    String list(@ModelAttribute("filters") Filters filters, BindingResult form,
            @RequestParam(defaultValue = "0") int page, Model model) {
        try {
            CertificateCriteria criteria = filters.criteria();
            model.addAttribute("page", PageRequests.withinResults(
                    PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW, NEWEST),
                    request -> certificates.find(criteria, request)));
        } catch (BusinessRuleException e) {
            FormRefusals.bind(form, e);
            model.addAttribute("page", org.springframework.data.domain.Page.empty());
        }
        model.addAttribute("types", types.all());
        model.addAttribute("statuses", CertificateStatus.values());
        model.addAttribute("keepsTypes", CurrentUser.require().has(Role.NATIONAL_ADMIN));
        return "certificate/certificates";
    }

    @GetMapping("/certificates/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        CertificateDetail certificate = certificates.get(id);
        model.addAttribute("certificate", certificate);
        model.addAttribute("verificationLink", links.absolute("/verify/" + certificate.code()));
        return "certificate/certificate";
    }

    @PostMapping("/certificates/{id:\\d+}/revoke")
    String revoke(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect) {
        try {
            certificates.revoke(id, version, reason);
        } catch (BusinessRuleException e) {
            model.addAttribute("revokeRefusals", Refusal.of(e));
            model.addAttribute("reason", reason);
            return show(id, model);
        }
        redirect.addFlashAttribute("message", "certificate.revoked");
        return "redirect:/certificates/" + id;
    }

    @PostMapping("/certificates/{id:\\d+}/renew")
    String renew(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        CertificateDetail renewal;
        try {
            renewal = certificates.renew(id, version);
        } catch (BusinessRuleException e) {
            model.addAttribute("renewRefusals", Refusal.of(e));
            return show(id, model);
        }
        redirect.addFlashAttribute("message", "certificate.renewedMessage");
        return "redirect:/certificates/" + renewal.id();
    }

    /**
     * The PDF in Chinese, or in English with {@code language=en}, whatever the page's language; a revoked or renewed
     * certificate has none, which its page says.
     */
    @GetMapping("/certificates/{id:\\d+}/pdf")
    String pdf(@PathVariable long id, @RequestParam(defaultValue = "zh") String language, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        try {
            write(pdfs.pdf(id, CertificatePages.certificateLocale(language)), response);
            return null;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("pdfRefusals", Refusal.of(e));
            return "redirect:/certificates/" + id;
        }
    }

    static void write(CertificatePdf pdf, HttpServletResponse response) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", Attachment.contentDisposition(pdf.fileName()));
        response.setContentLength(pdf.content().length);
        response.getOutputStream().write(pdf.content());
    }
}
