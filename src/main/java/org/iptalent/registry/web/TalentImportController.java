package org.iptalent.registry.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.platform.web.Refusal;
import org.iptalent.registry.internal.imports.ImportTemplate;
import org.iptalent.registry.internal.imports.TalentImportKind;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.spreadsheet.Attachment;
import org.iptalent.spreadsheet.ExportFormat;
import org.iptalent.spreadsheet.ImportJob;
import org.iptalent.spreadsheet.SpreadsheetImports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import page: template, upload, and each job's progress (refreshed by htmx until it ends). */
@Controller
class TalentImportController {

    private final SpreadsheetImports imports;
    private final TalentImportKind talents;
    private final ImportTemplate template;

    TalentImportController(SpreadsheetImports imports, TalentImportKind talents, ImportTemplate template) {
        this.imports = imports;
        this.talents = talents;
        this.template = template;
    }

    @GetMapping("/talent-imports")
    String page(Model model) {
        model.addAttribute("jobs", imports.recent(talents));
        model.addAttribute("maxFileSizeMb", imports.maxFileSizeMegabytes());
        return "registry/imports";
    }

    @PostMapping("/talent-imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean updateExisting, Locale locale, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new BusinessRuleException("file", "import.file.empty");
            }
            ImportJob job = imports.submit(talents, file.getOriginalFilename(), file.getSize(),
                    file.getInputStream(), updateExisting, locale);
            redirect.addFlashAttribute("message", "import.queued");
            redirect.addFlashAttribute("newJob", job.id());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("importRefusals", Refusal.of(e));
        }
        return "redirect:/talent-imports";
    }

    /**
     * An upload the multipart parser refused (over spring.servlet.multipart's limits): said on the page,
     * like a file the import refuses, instead of an error page.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        redirect.addFlashAttribute("importRefusals", Refusal.of("import.file.tooLarge",
                imports.maxFileSizeMegabytes()));
        return "redirect:/talent-imports";
    }

    /** One job's row; htmx polls it while the job runs (with X-Background-Poll, so it keeps no session alive). */
    @GetMapping("/talent-imports/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.get(talents, id));
        return "registry/imports :: job";
    }

    @GetMapping("/talent-imports/template")
    void template(java.util.Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(ExportFormat.XLSX.contentType());
        response.setHeader("Content-Disposition", Attachment.contentDisposition(template.fileName(locale)));
        template.write(response.getOutputStream(), locale);
    }

    @GetMapping("/talent-imports/{id}/errors")
    void errors(@PathVariable long id, java.util.Locale locale, HttpServletResponse response) throws IOException {
        var file = imports.errorReport(talents, id).orElseThrow(() -> new RecordNotFoundException("ImportErrorReport", id));
        response.setContentType(ExportFormat.XLSX.contentType());
        response.setHeader("Content-Disposition", Attachment.contentDisposition(imports.errorReportFileName(id, locale)));
        Files.copy(file, response.getOutputStream());
    }
}
