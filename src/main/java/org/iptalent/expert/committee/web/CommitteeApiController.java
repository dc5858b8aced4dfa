package org.iptalent.expert.committee.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.iptalent.expert.committee.Committees;
import org.iptalent.expert.committee.Committees.CommitteeSummary;
import org.iptalent.expert.committee.Committees.CommitteeView;
import org.iptalent.expert.committee.Committees.MemberView;
import org.iptalent.expert.committee.Committees.NewCommittee;
import org.iptalent.expert.committee.Committees.NewMember;
import org.iptalent.expert.committee.ConsultationRecords;
import org.iptalent.expert.committee.ConsultationRecords.Draft;
import org.iptalent.expert.committee.ConsultationViews.ConsultationSummary;
import org.iptalent.expert.committee.ConsultationViews.ConsultationView;
import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.iptalent.shared.InvalidInputException.Problem;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Advisory committees for the administrators of their region: members over time and consultations drafted. */
@RestController
@RequestMapping("/api/v1/advisory-committees")
@Tag(name = "Advisory committees")
class CommitteeApiController {

    private final Committees committees;
    private final ConsultationRecords consultations;

    CommitteeApiController(Committees committees, ConsultationRecords consultations) {
        this.committees = committees;
        this.consultations = consultations;
    }

    record LeaveRequest(String reason) {
    }

    @GetMapping
    @Operation(summary = "The advisory committees of your region", description = "The national committee for the "
            + "national office, a province's committees for its administrators; each with its members today.")
    List<CommitteeSummary> list() {
        return committees.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a committee", description = "NATIONAL (national administrators only) or "
            + "PROVINCIAL with the province's code (within your region), with its term.")
    @ApiProblem(status = 400, description = "A field is missing or invalid, or the province is not yours.")
    @ApiProblem(status = 409, description = "A committee of that name exists.")
    CommitteeSummary create(@RequestBody NewCommittee request) {
        return committees.create(body(request));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A committee with its members", description = "Current and former members (with the day "
            + "they left and why).")
    @ApiProblem(status = 404, description = "No such committee in your region.")
    CommitteeView get(@Parameter(description = "The committee's id.") @PathVariable long id) {
        return committees.get(id);
    }

    /** What the member list may be sorted by: the seat's own dates and role. */
    static final SortFields MEMBER_SORTS = SortFields.of(Sort.by("startsOn", "id"), "startsOn", "endsOn", "leftOn",
            "role");

    @GetMapping("/{id}/members")
    @Operation(summary = "A page of a committee's members", description = "Current and former members, by the day "
            + "their seat began unless sorted otherwise.")
    @ApiProblem(status = 400, description = "A page beyond the last row, or an unknown sort field.")
    @ApiProblem(status = 404, description = "No such committee in your region.")
    PagedModel<MemberView> members(@Parameter(description = "The committee's id.") @PathVariable long id,
            @Parameter(description = "Page number from 0 (a negative page is 0).")
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Members per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger "
                    + "values are clamped).") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are startsOn (the default), "
                    + "endsOn, leftOn, role. Any other is 400.") @RequestParam(required = false) List<String> sort) {
        return new PagedModel<>(committees.members(id, PageRequests.of(page, size, PageRequests.DATABASE_WINDOW,
                MEMBER_SORTS, sort)));
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appoint a member", description = "An APPOINTED expert (of the province, for a provincial "
            + "committee) with a role (CHAIR, VICE_CHAIR, MEMBER; one chair at a time) and a term within the "
            + "committee's, by default the rest of the committee's.")
    @ApiProblem(status = 400, description = "The expert is unknown or not appointed, the term is outside the "
            + "committee's, or the committee has a chair already.")
    @ApiProblem(status = 404, description = "No such committee in your region.")
    @ApiProblem(status = 409, description = "The expert is a member already.")
    MemberView appoint(@Parameter(description = "The committee's id.") @PathVariable long id,
            @RequestBody NewMember request) {
        return committees.appoint(id, body(request));
    }

    @PostMapping("/{id}/members/{memberId}/leave")
    @Operation(summary = "A member leaves", description = "As of today; the membership stays in the history.")
    @ApiProblem(status = 400, description = "The member has left already, or the reason is too long.")
    @ApiProblem(status = 404, description = "No such committee in your region, or no such member.")
    CommitteeView leave(@Parameter(description = "The committee's id.") @PathVariable long id,
            @Parameter(description = "The membership's id.") @PathVariable long memberId,
            @RequestBody(required = false) LeaveRequest request) {
        committees.leave(id, memberId, request == null ? null : request.reason());
        return committees.get(id);
    }

    @GetMapping("/{id}/consultations")
    @Operation(summary = "A committee's consultations", description = "Latest first, each with how many answered.")
    @ApiProblem(status = 404, description = "No such committee in your region.")
    List<ConsultationSummary> consultations(@Parameter(description = "The committee's id.") @PathVariable long id) {
        return consultations.list(id);
    }

    @PostMapping("/{id}/consultations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a consultation", description = "A title, the question and the deadline; documents "
            + "are attached to the draft before it is opened.")
    @ApiProblem(status = 400, description = "A field is missing or too long.")
    @ApiProblem(status = 404, description = "No such committee in your region.")
    ConsultationView draft(@Parameter(description = "The committee's id.") @PathVariable long id,
            @RequestBody Draft request) {
        return consultations.create(id, body(request));
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new Problem(null, "problem.invalid")));
        }
        return request;
    }
}
