package org.iptalent.training.attendance;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.spreadsheet.Attachment;
import org.iptalent.spreadsheet.ExportFormat;
import org.iptalent.spreadsheet.ImportJob;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A class's attendance import: its page, and the endpoints of its panel ({@code fragments/imports :: panel}, which
 * the class's attendance page may show too): the template, the upload, a job's row (polled by htmx while it runs)
 * and its error report. After an upload the browser returns to the import page, where the panel lists the job.
 */
@Controller
class AttendanceImportController {

    private final AttendanceImports imports;

    AttendanceImportController(AttendanceImports imports) {
        this.imports = imports;
    }

    /** After an upload: back to the import page, where the panel lists the job. */
    static String page(long classId) {
        return "redirect:" + AttendanceImports.base(classId);
    }

    /** The import page of a class the user runs (else 404): the panel while the class is planned. */
    @GetMapping("/classes/{id}/attendance-imports")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("trainingClass", imports.trainingClass(id));
        model.addAttribute("attendanceImport", imports.panel(id).orElse(null));
        return "training/attendance-imports";
    }

    @PostMapping("/classes/{id}/attendance-imports")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean updateExisting, Locale locale, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new BusinessRuleException("file", "import.file.empty");
            }
            ImportJob job = imports.submit(id, file.getOriginalFilename(), file.getSize(), file.getInputStream(),
                    updateExisting, locale);
            redirect.addFlashAttribute("message", "import.queued");
            redirect.addFlashAttribute("newJob", job.id());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("importRefusals", Refusal.of(e));
        }
        return page(id);
    }

    /** An upload over the multipart parser's limits: said on the page, like a file the import refuses. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("importRefusals", Refusal.of("import.file.tooLarge",
                imports.maxFileSizeMegabytes()));
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return page(Long.parseLong(variables.get("id")));
    }

    /** One job's row; htmx polls it while the job runs (with X-Background-Poll, so it keeps no session alive). */
    @GetMapping("/classes/{id}/attendance-imports/{jobId}")
    String job(@PathVariable long id, @PathVariable long jobId, Model model) {
        model.addAttribute("job", imports.job(id, jobId));
        model.addAttribute("base", AttendanceImports.base(id));
        return "training/attendance-imports :: job";
    }

    @GetMapping("/classes/{id}/attendance-imports/template")
    void template(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        String fileName = imports.templateFileName(id, locale);
        response.setContentType(ExportFormat.XLSX.contentType());
        response.setHeader("Content-Disposition", Attachment.contentDisposition(fileName));
        imports.writeTemplate(id, response.getOutputStream(), locale);
    }

    @GetMapping("/classes/{id}/attendance-imports/{jobId}/errors")
    void errors(@PathVariable long id, @PathVariable long jobId, Locale locale, HttpServletResponse response)
            throws IOException {
        var file = imports.errorReport(id, jobId)
                .orElseThrow(() -> new RecordNotFoundException("ImportErrorReport", jobId));
        response.setContentType(ExportFormat.XLSX.contentType());
        response.setHeader("Content-Disposition",
                Attachment.contentDisposition(imports.errorReportFileName(jobId, locale)));
        Files.copy(file, response.getOutputStream());
    }
}
