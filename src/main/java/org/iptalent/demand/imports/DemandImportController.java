package org.iptalent.demand.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The demand import page and its panel's endpoints: template, upload, a job's row (polled) and its error report. */
@Controller
class DemandImportController {

    private final DemandImports imports;

    DemandImportController(DemandImports imports) {
        this.imports = imports;
    }

    @GetMapping(DemandImports.BASE)
    String show(Model model) {
        model.addAttribute("demandImport", imports.panel());
        return "demand/imports";
    }

    @PostMapping(DemandImports.BASE)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean updateExisting, Locale locale, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new BusinessRuleException("file", "import.file.empty");
            }
            ImportJob job = imports.submit(file.getOriginalFilename(), file.getSize(), file.getInputStream(),
                    updateExisting, locale);
            redirect.addFlashAttribute("message", "import.queued");
            redirect.addFlashAttribute("newJob", job.id());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("importRefusals", Refusal.of(e));
        }
        return "redirect:" + DemandImports.BASE;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        redirect.addFlashAttribute("importRefusals", Refusal.of("import.file.tooLarge",
                imports.maxFileSizeMegabytes()));
        return "redirect:" + DemandImports.BASE;
    }

    @GetMapping(DemandImports.BASE + "/{jobId}")
    String job(@PathVariable long jobId, Model model) {
        model.addAttribute("job", imports.job(jobId));
        model.addAttribute("base", DemandImports.BASE);
        return "demand/imports :: job";
    }

    @GetMapping(DemandImports.BASE + "/template")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(ExportFormat.XLSX.contentType());
        response.setHeader("Content-Disposition", Attachment.contentDisposition(imports.templateFileName(locale)));
        imports.writeTemplate(response.getOutputStream(), locale);
    }

    @GetMapping(DemandImports.BASE + "/{jobId}/errors")
    void errors(@PathVariable long jobId, Locale locale, HttpServletResponse response) throws IOException {
        var file = imports.errorReport(jobId).orElseThrow(() -> new RecordNotFoundException("ImportErrorReport",
                jobId));
        response.setContentType(ExportFormat.XLSX.contentType());
        response.setHeader("Content-Disposition",
                Attachment.contentDisposition(imports.errorReportFileName(jobId, locale)));
        Files.copy(file, response.getOutputStream());
    }
}
