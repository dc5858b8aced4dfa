package org.iptalent.training.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.platform.ApiProblem;
import org.iptalent.reference.ReferenceData;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.iptalent.training.enrollment.AttendanceBook;
import org.iptalent.training.enrollment.Enrolling;
import org.iptalent.training.enrollment.Enrollment;
import org.iptalent.training.enrollment.Placement;
import org.iptalent.training.offering.ClassPlanning.ClassFilter;
import org.iptalent.training.offering.TrainingClass;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Classes over the API: the catalogue (open to every signed-in user), enrollment (a talent themselves, an
 * administrator one talent or a cohort of their region), the roster, attendance and scores (whoever runs the
 * class). Every rule is the training services'; a refusal is a problem in the request's language.
 */
@RestController
@RequestMapping("/api/v1/classes")
@Tag(name = "Training classes")
class ClassApiController {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final SortFields SORTS = SortFields.of(Sort.by(Sort.Direction.DESC, "startsOn").and(Sort.by("id")),
            "startsOn", "title", "enrollmentCloses", "capacity");
    static final SortFields ROSTER_SORTS = SortFields.of(Sort.by("queuedAt").and(Sort.by("id")), "queuedAt",
            "status", "talentId");

    private final TrainingReads reads;
    private final Enrolling enrolling;
    private final AttendanceBook attendance;
    private final CohortFilters cohorts;
    private final ReferenceData reference;

    ClassApiController(TrainingReads reads, Enrolling enrolling, AttendanceBook attendance, CohortFilters cohorts,
            ReferenceData reference) {
        this.reads = reads;
        this.enrolling = enrolling;
        this.attendance = attendance;
        this.cohorts = cohorts;
        this.reference = reference;
    }

    @GetMapping
    @Operation(summary = "Training classes", description = "The class catalogue, newest first unless sorted: every "
            + "class of every base, filtered by base, program, region, status, the year it starts or whether a talent "
            + "may enrol today.")
    PagedModel<ClassRow> list(
            @Parameter(description = "A training base's id.") @RequestParam(required = false) Long baseId,
            @Parameter(description = "A program's id (GET /api/v1/programs).")
            @RequestParam(required = false) Long programId,
            @Parameter(description = "Province or city code (GB/T 2260): the classes of bases inside it. An unknown "
                    + "code is 400.") @RequestParam(required = false) String region,
            @Parameter(description = "PLANNED, CLOSED or CANCELLED.")
            @RequestParam(required = false) TrainingClass.Status status,
            @Parameter(description = "true: only the classes a talent may enrol in today (planned, self-service, "
                    + "within the enrollment window).") @RequestParam(required = false) Boolean open,
            @Parameter(description = "The year the class starts, " + FIRST_YEAR + " to " + LAST_YEAR
                    + " (else 400).") @RequestParam(required = false) Integer year,
            @Parameter(description = "Page number from 0 (a negative page is 0); a page beyond the 2,147,483,647th "
                    + "row is refused with 400.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Classes per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger values "
                    + "are clamped).") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are startsOn (the default, "
                    + "latest first), title, enrollmentCloses, capacity. Any other is 400.")
            @RequestParam(required = false) List<String> sort) {
        reference.checkRegion("region", region).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new BusinessRuleException("year", "training.api.yearInvalid", FIRST_YEAR, LAST_YEAR);
        }
        return new PagedModel<>(reads.classes(new ClassFilter(baseId, programId, region == null ? null
                : region.trim(), status, open, year), PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, SORTS,
                sort)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One training class", description = "With its schedule (each session numbered from 1 in "
            + "date order), its completion rule, and how many hold a place or wait.")
    ClassView get(@Parameter(description = "The class's id.") @PathVariable long id) {
        return reads.trainingClass(id);
    }

    @PostMapping("/{id}/enrollments")
    @Operation(summary = "Enrol in a class", description = """
            Exactly one of:

            * `{"talentId": 123}`: an administrator enrols one talent of their region, whatever the enrollment \
            window and the level's prerequisite (assigning is their decision). 201 with the placement.
            * `{"filter": {...}}`: an administrator enrols everyone a registry search matches in their region (the \
            filters of `GET /api/v1/talents`; unknown fields or codes are 400), places in the registry's order, the \
            rest on the waiting list, those enrolled already left as they are. 200 with the counts. A filter that \
            narrows nothing (no filter but `status`) would enrol the whole region: it is taken only when the class's \
            free places seat everyone it matches, else 400.
            * `{}` or `{"self": true}`: the signed-in talent enrols themselves, within the enrollment window, in a \
            class filled by enrollment, having completed the level below. 201 with the placement.

            A full class puts a newcomer on its waiting list (status WAITLISTED with its position): that is no \
            error. Nothing is recorded half-way: a refused enrollment changes nothing.""")
    @ApiResponse(responseCode = "201", description = "One talent enrolled: a place (ENROLLED) or a position on the "
            + "waiting list (WAITLISTED)", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = PlacementView.class)))
    @ApiResponse(responseCode = "200", description = "A cohort enrolled", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CohortView.class)))
    @ApiProblem(status = 400, description = "The request is not exactly one of the three, has unknown fields or "
            + "codes, or a rule refuses it: outside the enrollment window, without the level's prerequisite, a class "
            + "that takes no self-enrollment or is no longer planned, a cohort larger than 100,000 or unfiltered and "
            + "larger than the free places.")
    @ApiProblem(status = 403, description = "Enrolling someone else is for administrators; enrolling oneself needs "
            + "an account linked to a talent record.")
    @ApiProblem(status = 404, description = "No such class, or (talentId) no such talent in your region.")
    @ApiProblem(status = 409, description = "The talent is enrolled in the class already (holding a place, waiting, "
            + "or finished): nothing was changed.")
    ResponseEntity<?> enrol(@Parameter(description = "The class's id.") @PathVariable long id,
            @RequestBody(required = false) EnrollmentRequest request) {
        EnrollmentRequest asked = request == null ? new EnrollmentRequest(null, null, null, null) : request;
        List<InvalidInputException.Problem> problems = new java.util.ArrayList<>(asked.problems());
        if (asked.filter() != null) {
            problems.addAll(cohorts.problems(asked.filter()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return switch (asked.kind()) {
            case SELF -> placed(enrolling.enrolSelf(id));
            case ONE -> placed(enrolling.assign(id, asked.talentId()));
            case COHORT -> {
                TalentCriteria criteria = asked.filter().criteria();
                cohorts.requireNarrowedOrSeated(id, asked.filter(), criteria);
                yield ResponseEntity.ok(CohortView.of(enrolling.enrolCohort(id, criteria, Enrollment.Source.COHORT)));
            }
        };
    }

    private static ResponseEntity<PlacementView> placed(Placement placement) {
        return ResponseEntity.created(URI.create("/api/v1/talents/" + placement.talentId() + "/training"))
                .body(PlacementView.of(placement));
    }

    @GetMapping("/{id}/enrollments")
    @Operation(summary = "A class's roster", description = "Whoever runs the class (its base's manager, an "
            + "administrator whose region holds the base) sees every trainee; another administrator the trainees "
            + "from their own region; anyone else gets 404.")
    PagedModel<RosterRow> roster(@Parameter(description = "The class's id.") @PathVariable long id,
            @Parameter(description = "ENROLLED, WAITLISTED, WITHDRAWN, COMPLETED or NOT_COMPLETED; all when absent.")
            @RequestParam(required = false) Enrollment.Status status,
            @Parameter(description = "Page number from 0 (a negative page is 0); a page beyond the 2,147,483,647th "
                    + "row is refused with 400.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Trainees per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger values "
                    + "are clamped).") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are queuedAt (the default: the "
                    + "order they enrolled), status, talentId. Any other is 400.")
            @RequestParam(required = false) List<String> sort) {
        return new PagedModel<>(reads.roster(id, status,
                PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, ROSTER_SORTS, sort)));
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "Record a session's attendance", description = "For whoever runs the class, while it is "
            + "planned: one mark per trainee holding a place. A mark without hours counts the whole session when "
            + "present; hours run from 0 to the session's. The whole request is recorded or none of it: a mark for "
            + "someone without a place in the class, or with hours out of range, refuses every mark (400, each "
            + "listed under errors). A trainee's hours attended are recomputed from every session.")
    @ApiProblem(status = 400, description = "A mark is for someone who holds no place in the class, names a talent "
            + "twice, has hours out of range, or the session is not the class's; the class is closed or cancelled. "
            + "Nothing was recorded.")
    @ApiProblem(status = 404, description = "No such class among those you run.")
    Recorded recordAttendance(@Parameter(description = "The class's id.") @PathVariable long id,
            @RequestBody AttendanceRequest request) {
        var marks = request.checked();
        reads.requireSession(id, request.sessionId());
        return new Recorded(attendance.record(id, request.sessionId(), marks));
    }

    @PostMapping("/{id}/scores")
    @Operation(summary = "Record assessment results", description = "For whoever runs the class, while it is "
            + "planned: a result from 0 to 100 per trainee holding a place (null clears one). All or none.")
    @ApiProblem(status = 400, description = "A result is for someone who holds no place in the class, names a "
            + "talent twice, or is out of range; the class is closed or cancelled. Nothing was recorded.")
    @ApiProblem(status = 404, description = "No such class among those you run.")
    Recorded recordScores(@Parameter(description = "The class's id.") @PathVariable long id,
            @RequestBody ScoresRequest request) {
        var scores = request.checked();
        attendance.score(id, scores);
        return new Recorded(scores.size());
    }
}
