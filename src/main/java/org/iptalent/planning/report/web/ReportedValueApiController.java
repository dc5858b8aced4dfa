package org.iptalent.planning.report.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.planning.report.ReportedValueView;
import org.iptalent.planning.report.ReportedValues;
import org.iptalent.planning.report.Submission;
import org.iptalent.platform.ApiProblem;
import org.iptalent.platform.EntityTags;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Values of reported indicators over the API: submitted with evidence, listed in the caller's region, decided. */
@RestController
@RequestMapping("/api/v1/indicators/{code}/reported-values")
@Tag(name = "Plans and indicators")
class ReportedValueApiController {

    static final SortFields SORTS = SortFields.of(Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id")),
            "submittedAt", "asOf", "value").with("region", "regionCode");

    private final ReportedValues values;

    ReportedValueApiController(ReportedValues values) {
        this.values = values;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit a value of a reported indicator", description = "A provincial administrator "
            + "submits its own province's value, the national administrator the country's (`000000`, the default) "
            + "or a province's. The indicator must be a reported one of a plan that is not closed; the as-of date "
            + "lies in the plan's period and not in the future; the note is required (at most 1,000 characters); "
            + "the evidence is required, at most 10 MB, a PDF, Word or Excel document or a PNG, JPEG or GIF image as "
            + "its content says (its name does not count). The value waits for the national office's decision; "
            + "once approved it is the indicator's value for its region. Audited; a refusal records nothing.")
    @ApiProblem(status = 400, description = "A computed indicator, a closed plan, a missing or unrecognised evidence "
            + "file, a negative or implausible value, an as-of date outside the plan or in the future, a missing "
            + "note: each problem named with its field.")
    @ApiProblem(status = 403, description = "A region outside yours, or a role that does not submit values.")
    @ApiProblem(status = 404, description = "No such plan or indicator.")
    ResponseEntity<ReportedValueView> submit(
            @Parameter(description = "The indicator's code, e.g. joint-academies.") @PathVariable String code,
            @Parameter(description = "The plan's id; by default the plan in force, else the latest.")
            @RequestParam(required = false) Long plan,
            @Parameter(description = "The value in the indicator's unit, at most two decimals.")
            @RequestParam(required = false) BigDecimal value,
            @Parameter(description = "The date the value stands at, e.g. 2026-06-30.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "Where the value comes from; required, at most 1,000 characters.")
            @RequestParam(required = false) String note,
            @Parameter(description = "The region: `000000` (the country) or a province's code; yours when left out.")
            @RequestParam(required = false) String region,
            @Parameter(description = "The evidence file.") @RequestParam(required = false) MultipartFile evidence,
            Locale locale) {
        ReportedValueView saved = values.submit(plan, code, new Submission(region, value, asOf, note), evidence,
                locale);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(EntityTags.of(saved.version())).body(saved);
    }

    @GetMapping
    @Operation(summary = "An indicator's reported values", description = "The national administrator sees every "
            + "region's, a provincial administrator its own province's; newest first by default, with each value's "
            + "state (SUBMITTED, APPROVED, REJECTED) and its evidence's name, type, size and SHA-256.")
    @ApiProblem(status = 404, description = "No such plan or indicator.")
    PagedModel<ReportedValueView> list(
            @Parameter(description = "The indicator's code.") @PathVariable String code,
            @Parameter(description = "The plan's id; by default the plan in force, else the latest.")
            @RequestParam(required = false) Long plan,
            @Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Rows a page, 1 to 100.") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are submittedAt (the default, "
                    + "newest first), asOf, value, region. Any other is 400.")
            @RequestParam(required = false) List<String> sort, Locale locale) {
        return new PagedModel<>(values.list(plan, code,
                PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, SORTS, sort), locale));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One reported value", description = "With the ETag to send back in If-Match when deciding it.")
    @ApiProblem(status = 404, description = "No such value in your region.")
    ResponseEntity<ReportedValueView> get(@Parameter(description = "The indicator's code.") @PathVariable String code,
            @Parameter(description = "The reported value's id.") @PathVariable long id, Locale locale) {
        ReportedValueView value = values.get(code, id, locale);
        return ResponseEntity.ok().eTag(EntityTags.of(value.version())).body(value);
    }

    @GetMapping("/{id}/evidence")
    @Operation(summary = "A reported value's evidence file", description = "As it was received, as a download.")
    @ApiProblem(status = 404, description = "No such value in your region.")
    void evidence(@Parameter(description = "The indicator's code.") @PathVariable String code,
            @Parameter(description = "The reported value's id.") @PathVariable long id, HttpServletResponse response)
            throws IOException {
        EvidenceDownload.write(values.evidence(code, id), response);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Approve or reject a submitted value", description = "The national administrator decides "
            + "once; a rejection needs a note. Send If-Match with the ETag you read (412 when it no longer matches) "
            + "or the version field (409 when it is stale); neither is 428. Audited.")
    @ApiProblem(status = 400, description = "No decision, a rejection without a note, a value decided already, or a "
            + "closed plan.")
    @ApiProblem(status = 403, description = "Only the national administrator decides.")
    @ApiProblem(status = 404, description = "No such value in your region.")
    @ApiProblem(status = 409, description = "The version field is stale: the value was decided meanwhile.")
    ResponseEntity<ReportedValueView> decide(@Parameter(description = "The indicator's code.") @PathVariable String code,
            @Parameter(description = "The reported value's id.") @PathVariable long id,
            @RequestBody DecisionRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Locale locale) {
        ReportedValueView decided = EntityTags.conditionally(ifMatch, request.version(), () -> values.version(code, id),
                version -> values.decide(code, id, version, request.decision(), request.note(), locale));
        return ResponseEntity.ok().eTag(EntityTags.of(decided.version())).body(decided);
    }
}
