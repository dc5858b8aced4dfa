package org.iptalent.registry.api;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.platform.ApiProblem;
import org.iptalent.registry.internal.imports.ImportTemplate;
import org.iptalent.registry.internal.imports.TalentImportKind;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.spreadsheet.Attachment;
import org.iptalent.spreadsheet.ExportFormat;
import org.iptalent.spreadsheet.ImportJob;
import org.iptalent.spreadsheet.SpreadsheetImports;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Spreadsheet imports over the API: upload (202 with the job), poll, download the error report. */
@RestController
@RequestMapping("/api/v1/talent-imports")
@Tag(name = "Talent imports")
class TalentImportApiController {

    /**
     * A job as a provincial system polls it. {@code failure}: why it failed, in the request's language;
     * {@code failureCode}: the same as a stable message key.
     */
    record JobView(long id, ImportJob.State status, int totalRows, int processedRows, int importedRows,
            int updatedRows, int unchangedRows, int errorRows, int organisationsCreated, String errorReportUrl,
            boolean errorReportExpired, String failure, String failureCode) {
    }

    private final SpreadsheetImports imports;
    private final TalentImportKind talents;
    private final ImportTemplate template;
    private final MessageSource messages;

    TalentImportApiController(SpreadsheetImports imports, TalentImportKind talents, ImportTemplate template,
            MessageSource messages) {
        this.imports = imports;
        this.talents = talents;
        this.template = template;
        this.messages = messages;
    }

    private JobView view(ImportJob job, Locale locale) {
        var failure = job.failure();
        return new JobView(job.id(), job.state(), job.totalRows(), job.processedRows(), job.counts().created(),
                job.counts().updated(), job.counts().unchanged(), job.refusedRows(),
                job.counts().detail(TalentImportKind.ORGANISATIONS_CREATED),
                job.errorReport() ? "/api/v1/talent-imports/" + job.id() + "/errors" : null, job.errorReportExpired(),
                failure == null ? null : messages.getMessage(failure.messageKey(), failure.argumentArray(),
                        failure.messageKey(), locale),
                failure == null ? null : failure.messageKey());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload an XLSX or CSV file", description = "Answers 202 with the job; poll it until "
            + "COMPLETED or FAILED. Rows are upserted by identity number, so the same file twice changes nothing. "
            + "A file over the import limit (50 MB by default) is 413 with problem details.")
    @ApiResponse(responseCode = "202", description = "Accepted: the job, with its Location", useReturnTypeSchema = true)
    @ApiProblem(status = 413, description = "The file is over the import limit (iptalent.import.max-file-size, 50 MB "
            + "by default), or the upload over the upload limit.")
    ResponseEntity<JobView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @Parameter(description = "Whether a row whose identity number is already registered updates that talent "
                    + "(the default) or is skipped.")
            @RequestParam(defaultValue = "true") boolean updateExisting, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BusinessRuleException("file", "import.file.empty");
        }
        if (imports.tooLarge(file.getSize())) {
            throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE,
                    ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE), null, "import.file.tooLarge",
                    new Object[] {imports.maxFileSizeMegabytes()});
        }
        ImportJob job = imports.submit(talents, file.getOriginalFilename(), file.getSize(), file.getInputStream(),
                updateExisting, locale);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(java.net.URI.create("/api/v1/talent-imports/" + job.id())).body(view(job, locale));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import job, to poll", description = "Its status (until COMPLETED or FAILED), counts and, "
            + "when rows were refused, the error report's URL.")
    JobView get(@PathVariable long id, @Parameter(hidden = true) Locale locale) {
        return view(imports.get(talents, id), locale);
    }

    @GetMapping("/template")
    @Operation(summary = "The import template (XLSX)", description = "The columns an import reads, with their "
            + "Chinese headers; its sheets' names and the names of the allowed values are in the language of "
            + "Accept-Language (Chinese, or English).")
    void template(@Parameter(hidden = true) Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(ExportFormat.XLSX.contentType());
        response.setHeader("Content-Disposition", Attachment.contentDisposition(template.fileName(locale)));
        template.write(response.getOutputStream(), locale);
    }

    @GetMapping("/{id}/errors")
    @Operation(summary = "A job's error report (XLSX)", description = "The refused rows with an error column; 404 "
            + "when there is none or it has expired.")
    void errors(@PathVariable long id, @Parameter(hidden = true) Locale locale, HttpServletResponse response)
            throws IOException {
        var file = imports.errorReport(talents, id).orElseThrow(() -> new RecordNotFoundException("ImportErrorReport", id));
        response.setContentType(ExportFormat.XLSX.contentType());
        response.setHeader("Content-Disposition", Attachment.contentDisposition(imports.errorReportFileName(id, locale)));
        Files.copy(file, response.getOutputStream());
    }
}
