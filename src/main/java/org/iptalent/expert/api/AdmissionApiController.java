package org.iptalent.expert.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.iptalent.expert.admission.AdmissionApplication;
import org.iptalent.expert.admission.AdmissionApplication.Kind;
import org.iptalent.expert.admission.AdmissionApplication.State;
import org.iptalent.expert.admission.AdmissionDecisions;
import org.iptalent.expert.admission.AdmissionInput;
import org.iptalent.expert.admission.AdmissionView;
import org.iptalent.expert.admission.ExpertAdmissions;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Applications to the expert pool: the region's queue, nominations and self-applications, and their reviews. */
@RestController
@RequestMapping("/api/v1/expert-applications")
@Tag(name = "Expert admission")
class AdmissionApiController {

    private static final SortFields SORTS = SortFields.of(Sort.by(Sort.Order.asc("id")), "id", "createdAt");

    private final ExpertAdmissions admissions;
    private final AdmissionDecisions decisions;

    AdmissionApiController(ExpertAdmissions admissions, AdmissionDecisions decisions) {
        this.admissions = admissions;
        this.decisions = decisions;
    }

    record ApplicationRequest(Long talentId, Set<String> categories, Set<String> ipcClasses, Set<Duty> duties,
            String statement) {
    }

    record ReviewRequest(Boolean passed, String opinion) {
    }

    record ApplicationRow(long id, long talentId, String talentName, String employerName, String regionCode,
            Kind kind, State state, Set<String> categories, Long noticeId, Long expertId, Instant submittedAt) {

        static ApplicationRow of(AdmissionApplication a) {
            return new ApplicationRow(a.getId(), a.getTalentId(), a.getTalentName(), a.getEmployerName(),
                    a.getRegionCode(), a.getKind(), a.getState(), a.getCategories(), a.getNoticeId(),
                    a.getExpertId(), a.getCreatedAt());
        }
    }

    @GetMapping
    @Operation(summary = "Applications to the expert pool", description = "For administrators: the applications "
            + "of talents in your region, oldest first unless sorted, filtered by state.")
    PagedModel<ApplicationRow> list(
            @Parameter(description = "SUBMITTED, FIRST_REVIEW_PASSED, RE_REVIEW_PASSED, IN_NOTICE, APPOINTED, "
                    + "REJECTED or WITHDRAWN.") @RequestParam(required = false) State state,
            @Parameter(description = "Page number from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Applications per page, 1 to " + PageRequests.MAX_SIZE + " (clamped).")
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "field or field,asc|desc: id (the default) or createdAt. Any other is 400.")
            @RequestParam(required = false) List<String> sort) {
        return new PagedModel<>(admissions.queue(state, PageRequests.of(page, size, PageRequests.DATABASE_WINDOW,
                SORTS, sort)).map(ApplicationRow::of));
    }

    @PostMapping
    @Operation(summary = "Nominate a talent or apply", description = "An administrator nominates a talent of its "
            + "region (talentId); a signed-in talent applies for itself (talentId ignored). Evidence files are "
            + "attached through the pages. Categories of the pool's taxonomy, IPC classes, at least one duty.")
    @ApiResponse(responseCode = "201", description = "Submitted", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "A field is missing or wrong, every problem listed; a self-application "
            + "without evidence.")
    @ApiProblem(status = 409, description = "The talent is an expert already or has an application under way.")
    ResponseEntity<AdmissionView> submit(@RequestBody ApplicationRequest request) {
        AdmissionView view = admissions.submit(new AdmissionInput(request.talentId(), request.categories(),
                request.ipcClasses(), request.duties(), request.statement()), List.of());
        return ResponseEntity.created(URI.create("/api/v1/expert-applications/" + view.id())).body(view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An application", description = "With its decisions and evidence; for administrators of "
            + "its region and its applicant.")
    @ApiProblem(status = 404, description = "No such application that you may see.")
    AdmissionView get(@Parameter(description = "The application's id.") @PathVariable long id) {
        return admissions.get(id);
    }

    @PostMapping("/{id}/reviews")
    @Operation(summary = "Review an application", description = "The review it waits for: the first review (a "
            + "national or provincial administrator of its region), the re-review (national), or after its notice a "
            + "rejection (national). An opinion is required.")
    @ApiProblem(status = 400, description = "No decision (passed) or no opinion, or the application is in no state to be reviewed.")
    @ApiProblem(status = 403, description = "Not a reviewer of this stage.")
    @ApiProblem(status = 404, description = "No such application in your region.")
    AdmissionView review(@Parameter(description = "The application's id.") @PathVariable long id,
            @RequestBody ReviewRequest request) {
        if (request.passed() == null) {
            throw new InvalidInputException(List.of(new Problem("passed", "field.required")));
        }
        return decisions.review(id, request.passed(), request.opinion());
    }
}
