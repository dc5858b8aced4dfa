package org.iptalent.expert.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.category.ExpertCategory;
import org.iptalent.expert.engagement.Engagement;
import org.iptalent.expert.engagement.EngagementRecords;
import org.iptalent.expert.engagement.Evaluation;
import org.iptalent.expert.pool.Appointment;
import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.ExpertAvoidances;
import org.iptalent.expert.pool.ExpertProfile;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.pool.ExpertRecords.Transition;
import org.iptalent.expert.pool.ExpertView;
import org.iptalent.platform.ApiProblem;
import org.iptalent.platform.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The expert pool for administrators: appointments, profiles, standing, conflicts, leave, the taxonomy, evaluations. */
@RestController
@Tag(name = "Experts")
class ExpertApiController {

    private final ExpertRecords experts;
    private final ExpertAvoidances avoidances;
    private final ExpertCategories categories;
    private final EngagementRecords engagements;

    ExpertApiController(ExpertRecords experts, ExpertAvoidances avoidances, ExpertCategories categories,
            EngagementRecords engagements) {
        this.experts = experts;
        this.avoidances = avoidances;
        this.categories = categories;
        this.engagements = engagements;
    }

    record ProfileRequest(Set<String> categories, Set<String> ipcClasses, Set<Duty> duties, String languages,
            Availability availability, String achievements, Long version) {

        ExpertProfile profile() {
            return new ExpertProfile(categories, ipcClasses, duties, languages, availability, achievements);
        }
    }

    record AppointmentRequest(Long talentId, LocalDate termStartsOn, LocalDate termEndsOn, Set<String> categories,
            Set<String> ipcClasses, Set<Duty> duties, String languages, Availability availability,
            String achievements) {
    }

    record TransitionRequest(Transition transition, String reason, LocalDate termStartsOn, LocalDate termEndsOn,
            Long version) {
    }

    record ConflictRequest(Long organisationId, String note) {
    }

    record LeaveRequest(LocalDate startsOn, LocalDate endsOn, String reason) {
    }

    record CategoryRequest(String code, String parentCode, String nameZh, String nameEn) {
    }

    record EvaluationRequest(LocalDate endsOn, String outcome, Integer quality, Integer timeliness, Integer conduct,
            String note, Long version) {
    }

    record EngagementJson(long id, long version, long expertId, Long drawId, String matter, LocalDate startsOn,
            LocalDate endsOn, String outcome, Short quality, Short timeliness, Short conduct, boolean evaluated) {

        static EngagementJson of(Engagement e) {
            return new EngagementJson(e.getId(), e.getVersion(), e.getExpertId(), e.getDrawId(), e.getMatter(),
                    e.getStartsOn(), e.getEndsOn(), e.getOutcome(), e.getQuality(), e.getTimeliness(), e.getConduct(),
                    e.getEvaluatedAt() != null);
        }
    }

    @GetMapping("/api/v1/experts/{id}")
    @Operation(summary = "An expert", description = "Its appointment, profile, standing, declared conflicts, leave "
            + "and the averages of its evaluations. Within your region.")
    @ApiProblem(status = 404, description = "No such expert in your region.")
    ResponseEntity<ExpertView> get(@PathVariable long id) {
        ExpertView view = experts.get(id);
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(view);
    }

    @PostMapping("/api/v1/experts")
    @Operation(summary = "Appoint a talent as an expert", description = "A talent of the registry in your region, "
            + "for a term of at most five years, with categories of the taxonomy, IPC classes and duties.")
    @ApiResponse(responseCode = "201", description = "Appointed", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "A field is missing or wrong (every problem listed): a talent not in "
            + "the registry, a term ending before it starts, an unknown category or IPC class.")
    @ApiProblem(status = 409, description = "The talent is an expert already.")
    ResponseEntity<ExpertView> appoint(@RequestBody AppointmentRequest request) {
        ExpertView view = experts.appoint(new Appointment(request.talentId(), request.termStartsOn(),
                request.termEndsOn(), new ExpertProfile(request.categories(), request.ipcClasses(), request.duties(),
                        request.languages(), request.availability(), request.achievements())));
        return ResponseEntity.created(URI.create("/api/v1/experts/" + view.id())).eTag(EntityTags.of(view.version()))
                .body(view);
    }

    @PutMapping("/api/v1/experts/{id}/profile")
    @Operation(summary = "Change an expert's profile", description = "With If-Match or the version field.")
    @ApiProblem(status = 400, description = "A field is wrong, every problem listed.")
    @ApiProblem(status = 409, description = "The version is stale.")
    ResponseEntity<ExpertView> describe(@PathVariable long id, @RequestBody ProfileRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ExpertView view = EntityTags.conditionally(ifMatch, request.version(), () -> experts.get(id).version(),
                version -> experts.describe(id, version, request.profile()));
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(view);
    }

    @PostMapping("/api/v1/experts/{id}/transitions")
    @Operation(summary = "Change an expert's standing", description = "SUSPEND, REINSTATE, EXPIRE, REMOVE, RENEW "
            + "(with the new term), BLACKLIST, LIFT_BLACKLIST or MISCONDUCT, with a reason where the expert loses "
            + "standing; written to its credit record. With If-Match or the version field.")
    @ApiProblem(status = 400, description = "Not possible from the expert's standing, or a reason or term missing.")
    @ApiProblem(status = 409, description = "The version is stale.")
    ResponseEntity<ExpertView> change(@PathVariable long id, @RequestBody TransitionRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        if (request.transition() == null) {
            throw new org.iptalent.shared.InvalidInputException(List.of(
                    new org.iptalent.shared.InvalidInputException.Problem("transition", "field.required")));
        }
        ExpertView view = EntityTags.conditionally(ifMatch, request.version(), () -> experts.get(id).version(),
                version -> experts.change(id, version, request.transition(), request.reason(),
                        request.termStartsOn(), request.termEndsOn()));
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(view);
    }

    @PostMapping("/api/v1/experts/{id}/conflicts")
    @Operation(summary = "Declare an organisation the expert works for or advises", description = "The expert is "
            + "not drawn for a matter with this organisation as a party.")
    @ApiProblem(status = 400, description = "No such organisation, or declared already.")
    ExpertView declareConflict(@PathVariable long id, @RequestBody ConflictRequest request) {
        return avoidances.declareConflict(id, request.organisationId(), request.note());
    }

    @PostMapping("/api/v1/experts/{id}/leaves")
    @Operation(summary = "Record a period of leave or unavailability", description = "The expert is not drawn "
            + "during it.")
    @ApiProblem(status = 400, description = "A date missing, or the end before the start.")
    ExpertView addLeave(@PathVariable long id, @RequestBody LeaveRequest request) {
        return avoidances.addLeave(id, request.startsOn(), request.endsOn(), request.reason());
    }

    @GetMapping("/api/v1/experts/{id}/engagements")
    @Operation(summary = "An expert's engagements", description = "Latest first, with their evaluations.")
    List<EngagementJson> engagements(@PathVariable long id) {
        experts.get(id);
        return engagements.ofExpert(id).stream().map(EngagementJson::of).toList();
    }

    @PostMapping("/api/v1/engagements/{id}/evaluation")
    @Operation(summary = "Evaluate an engagement", description = "Once, by the engaging administration: the day "
            + "the work ended, its outcome, and quality, timeliness and conduct from 1 to 5. The averages show on the "
            + "expert's profile. With If-Match or the version field.")
    @ApiProblem(status = 400, description = "A score missing or outside 1–5, an end in the future or before the "
            + "start, or evaluated already.")
    @ApiProblem(status = 404, description = "No such engagement in your region.")
    EngagementJson evaluate(@PathVariable long id, @RequestBody EvaluationRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return EngagementJson.of(EntityTags.conditionally(ifMatch, request.version(),
                () -> engagements.get(id).getVersion(),
                version -> engagements.evaluate(id, version, new Evaluation(request.endsOn(), request.outcome(),
                        request.quality(), request.timeliness(), request.conduct(), request.note()))));
    }

    @GetMapping("/api/v1/expert-categories")
    @Operation(summary = "The expert taxonomy", description = "The national categories and sub-categories, and the "
            + "provinces' own sub-categories under them, in order.")
    List<ExpertCategory> categories() {
        return categories.all();
    }

    @PostMapping("/api/v1/expert-categories")
    @Operation(summary = "Add a category", description = "The national administrator anywhere in the tree; a "
            + "province's administrator a sub-category under a national category, for its province.")
    @ApiResponse(responseCode = "201", description = "Added", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "A code or name is missing or wrong, or the code is taken.")
    ResponseEntity<ExpertCategory> addCategory(@RequestBody CategoryRequest request) {
        ExpertCategory added = categories.add(request.code(), request.parentCode(), request.nameZh(), request.nameEn());
        return ResponseEntity.created(URI.create("/api/v1/expert-categories")).body(added);
    }
}
