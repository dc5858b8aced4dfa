package org.iptalent.analytics.annual.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.iptalent.analytics.annual.AnnualReport;
import org.iptalent.analytics.annual.AnnualReportFiles;
import org.iptalent.analytics.annual.AnnualReports;
import org.iptalent.analytics.annual.NoSnapshotsException;
import org.iptalent.platform.ApiProblem;
import org.iptalent.platform.ProblemResponses;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.Attachment;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual statistical reports over the API: a published report's PDF and workbook for anyone (national figures),
 * a draft's for the national administrators; drafting and publishing by the national office.
 */
@RestController
@RequestMapping("/api/v1/annual-reports")
@Tag(name = "Annual reports")
class AnnualReportApiController {

    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AnnualReports reports;
    private final AnnualReportFiles files;
    private final ProblemResponses problems;

    AnnualReportApiController(AnnualReports reports, AnnualReportFiles files, ProblemResponses problems) {
        this.reports = reports;
        this.files = files;
        this.problems = problems;
    }

    /**
     * A report as listed: its year, state, the month its figures were read at, which draft it is (counted up at each
     * drafting; a publication names it), when drafted and published.
     */
    record ReportJson(int year, String status, String month, int version, Instant draftedAt, Instant publishedAt,
            String pdf, String xlsx) {

        static ReportJson of(AnnualReport report) {
            String base = "/api/v1/annual-reports/" + report.year();
            return new ReportJson(report.year(), report.status().name(), report.figures().month(), report.version(),
                    report.draftedAt(), report.publishedAt(), base + ".pdf", base + ".xlsx");
        }
    }

    @GetMapping
    @SecurityRequirements // public, as the API filter chain permits it; a token shows a national administrator drafts
    @Operation(summary = "The annual reports", description = "The published reports, latest year first; a national "
            + "administrator also sees the drafts. No token needed.")
    @ApiProblem(status = 401, description = "A token was sent and it is not valid (none is needed to read the "
            + "published reports).")
    List<ReportJson> list() {
        boolean national = CurrentUser.find().map(u -> u.has(Role.NATIONAL_ADMIN)).orElse(false);
        return (national ? reports.all() : reports.published()).stream().map(ReportJson::of).toList();
    }

    @GetMapping("/{year:\\d+}.pdf")
    @SecurityRequirements // public, as the API filter chain permits it; a token shows a national administrator drafts
    @Operation(summary = "A year's report as a PDF", description = "Chinese by default (Accept-Language or ?lang=en "
            + "for English): talent totals and structure, qualifications, training, experts, demand and gap, the "
            + "plan's indicators, each table with its chart. A published report needs no token; a draft only for the "
            + "national administrators. The figures are those frozen when the report was drafted.")
    @ApiProblem(status = 404, description = "No report of the year, or a draft and you are not a national "
            + "administrator.")
    ResponseEntity<byte[]> pdf(@Parameter(description = "The report's year") @PathVariable int year) {
        AnnualReport report = reports.readable(year);
        Locale locale = LocaleContextHolder.getLocale();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(files.pdfName(report, locale)))
                .body(files.pdf(report, locale));
    }

    @GetMapping("/{year:\\d+}.xlsx")
    @SecurityRequirements // public, as the API filter chain permits it; a token shows a national administrator drafts
    @Operation(summary = "A year's report as an XLSX workbook", description = "The same tables as the PDF, one sheet "
            + "each, numbers plain. A published report needs no token; a draft only for the national administrators.")
    @ApiProblem(status = 404, description = "No report of the year, or a draft and you are not a national "
            + "administrator.")
    ResponseEntity<byte[]> xlsx(@Parameter(description = "The report's year") @PathVariable int year) {
        AnnualReport report = reports.readable(year);
        Locale locale = LocaleContextHolder.getLocale();
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(files.xlsxName(report, locale)))
                .body(files.xlsx(report, locale));
    }

    @PostMapping("/{year:\\d+}")
    @Operation(summary = "Draft a year's report (national administrators)", description = "Computes the year's "
            + "figures from the monthly history at its last month taken (and the registry's structure as of that "
            + "month's end) and freezes them; drafting again before publication recomputes them. Audited.")
    @ApiProblem(status = 409, description = "The year's report is published and cannot change.")
    @ApiProblem(status = 422, description = "The monthly history has no month of the year: nothing to report from.")
    ReportJson draft(@Parameter(description = "The report's year") @PathVariable int year) {
        return ReportJson.of(reports.draft(year));
    }

    @PostMapping("/{year:\\d+}/publication")
    @Operation(summary = "Publish a drafted report (national administrators)", description = "Names the draft that "
            + "was reviewed (its version, as listed and as the drafting answered); from then on anyone may read it and "
            + "it never changes. Audited.")
    @ApiProblem(status = 400, description = "No version, or not a whole number from 1; or the year is not over.")
    @ApiProblem(status = 409, description = "The report is published already, or the year was drafted again since "
            + "the version given: review the new draft and publish that one.")
    ReportJson publish(@Parameter(description = "The report's year") @PathVariable int year,
            @Parameter(description = "The version of the draft that was reviewed (required)")
            @RequestParam(required = false) String version) {
        return ReportJson.of(reports.publish(year, version));
    }

    @ExceptionHandler(NoSnapshotsException.class)
    ProblemDetail noSnapshots(NoSnapshotsException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.UNPROCESSABLE_ENTITY, e.messageKey(), e.arguments());
    }
}
