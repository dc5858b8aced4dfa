package org.iptalent.demand.api;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.demand.imports.DemandImports;
import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.spreadsheet.Attachment;
import org.iptalent.spreadsheet.ExportFormat;
import org.iptalent.spreadsheet.ImportJob;
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

/** Demand spreadsheets over the API: upload (202 with the job), poll, the error report and the template. */
@RestController
@RequestMapping("/api/v1/demand-imports")
@Tag(name = "Employers' demand")
class DemandImportApiController {

    /** A job as a client polls it; {@code failure} in the request's language, {@code failureCode} its key. */
    record JobView(long id, ImportJob.State status, int totalRows, int processedRows, int importedRows,
            int updatedRows, int unchangedRows, int errorRows, String errorReportUrl, boolean errorReportExpired,
            String failure, String failureCode) {
    }

    private final DemandImports imports;
    private final MessageSource messages;

    DemandImportApiController(DemandImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    private JobView view(ImportJob job, Locale locale) {
        var failure = job.failure();
        return new JobView(job.id(), job.state(), job.totalRows(), job.processedRows(), job.counts().created(),
                job.counts().updated(), job.counts().unchanged(), job.refusedRows(),
                job.errorReport() ? "/api/v1/demand-imports/" + job.id() + "/errors" : null, job.errorReportExpired(),
                failure == null ? null : messages.getMessage(failure.messageKey(), failure.argumentArray(),
                        failure.messageKey(), locale),
                failure == null ? null : failure.messageKey());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload an XLSX or CSV file of needs", description = "An employer's account reports for "
            + "its organisation (no credit code column needed), an administration for the employers of its region "
            + "named by credit code. Answers 202 with the job; poll it until COMPLETED or FAILED. Refused rows (an "
            + "unknown code, a count below 0 or over 10,000, a place outside your region, no open round for an "
            + "employer) come back in the error report.")
    @ApiResponse(responseCode = "202", description = "Accepted: the job, with its Location", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "No file, or a file that is not a spreadsheet.")
    @ApiProblem(status = 403, description = "Neither an administration with a region nor an employer's account "
            + "linked to its organisation.")
    @ApiProblem(status = 413, description = "The file is over the import limit.")
    ResponseEntity<JobView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @Parameter(description = "Whether a need reported before takes the file's count (the default).")
            @RequestParam(defaultValue = "true") boolean updateExisting, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BusinessRuleException("file", "import.file.empty");
        }
        if (imports.tooLarge(file.getSize())) {
            throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE,
                    ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE), null, "import.file.tooLarge",
                    new Object[] {imports.maxFileSizeMegabytes()});
        }
        ImportJob job = imports.submit(file.getOriginalFilename(), file.getSize(), file.getInputStream(),
                updateExisting, locale);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(java.net.URI.create("/api/v1/demand-imports/" + job.id())).body(view(job, locale));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A demand import job, to poll", description = "Its status, counts and, when rows were "
            + "refused, the error report's URL.")
    @ApiProblem(status = 403, description = "Neither an administration nor a linked employer's account.")
    @ApiProblem(status = 404, description = "No job of yours has this id.")
    JobView get(@Parameter(description = "The job's id") @PathVariable long id,
            @Parameter(hidden = true) Locale locale) {
        return view(imports.job(id), locale);
    }

    @GetMapping("/template")
    @Operation(summary = "The demand import template (XLSX)", description = "The columns an import reads, with "
            + "their headers in the language of Accept-Language, and how to fill them.")
    @ApiProblem(status = 403, description = "Neither an administration nor a linked employer's account.")
    void template(@Parameter(hidden = true) Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(ExportFormat.XLSX.contentType());
        response.setHeader("Content-Disposition", Attachment.contentDisposition(imports.templateFileName(locale)));
        imports.writeTemplate(response.getOutputStream(), locale);
    }

    @GetMapping("/{id}/errors")
    @Operation(summary = "A job's error report (XLSX)", description = "The refused rows with an error column; 404 "
            + "when there is none or it has expired.")
    @ApiProblem(status = 404, description = "No job of yours has this id, or it has no error report.")
    void errors(@Parameter(description = "The job's id") @PathVariable long id,
            @Parameter(hidden = true) Locale locale, HttpServletResponse response) throws IOException {
        var file = imports.errorReport(id).orElseThrow(() -> new RecordNotFoundException("ImportErrorReport", id));
        response.setContentType(ExportFormat.XLSX.contentType());
        response.setHeader("Content-Disposition", Attachment.contentDisposition(imports.errorReportFileName(id,
                locale)));
        Files.copy(file, response.getOutputStream());
    }
}
