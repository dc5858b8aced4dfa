package org.iptalent.programme.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.platform.ApiProblem;
import org.iptalent.programme.round.ProgrammeCatalogue;
import org.iptalent.programme.round.ProgrammeNomination;
import org.iptalent.programme.round.ProgrammeView;
import org.iptalent.programme.round.ReviewScore;
import org.iptalent.programme.round.RoundBoard;
import org.iptalent.programme.round.RoundBoards;
import org.iptalent.programme.round.RoundNominating;
import org.iptalent.programme.round.RoundPlanning;
import org.iptalent.programme.round.RoundReview;
import org.iptalent.programme.round.SelectionRound;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.PageRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Talent programmes over the API: the programmes and rounds an administrator sees, a round's nominations, a
 * province's nomination, the scores (the programme's administrators; everyone who sees the round once the review
 * has closed) and a drawn reviewer's score. The services check the region and audit every change.
 */
@RestController
@RequestMapping("/api/v1/talent-programmes")
@Tag(name = "Talent programmes")
class ProgrammeApiController {

    private final ProgrammeCatalogue catalogue;
    private final RoundPlanning planning;
    private final RoundBoards boards;
    private final RoundNominating nominating;
    private final RoundReview review;

    ProgrammeApiController(ProgrammeCatalogue catalogue, RoundPlanning planning, RoundBoards boards,
            RoundNominating nominating, RoundReview review) {
        this.catalogue = catalogue;
        this.planning = planning;
        this.boards = boards;
        this.nominating = nominating;
        this.review = review;
    }

    @GetMapping
    @Operation(summary = "The talent programmes you see", description = "The national programmes and, for a "
            + "provincial administrator, their province's own; administered says whether you run it.")
    @ApiProblem(status = 403, description = "You are neither the national administrator nor a provincial one.")
    List<ProgrammeView> list() {
        return catalogue.list();
    }

    @GetMapping("/{id}/rounds")
    @Operation(summary = "A programme's selection rounds", description = "Latest year first, each with its state: "
            + "NOMINATING, REVIEWING, IN_NOTICE or CONCLUDED.")
    @ApiProblem(status = 403, description = "You are neither the national administrator nor a provincial one.")
    @ApiProblem(status = 404, description = "No programme you see has this id.")
    List<RoundRow> rounds(@Parameter(description = "The programme's id") @PathVariable long id) {
        return planning.rounds(id).stream().map(RoundRow::of).toList();
    }

    @GetMapping("/rounds/{roundId}")
    @Operation(summary = "A round's quotas and a page of its nominations", description = "The programme's "
            + "administrator sees every province; a nominating province its own. Ranks and mean scores are given (and "
            + "the nominations ordered by rank) once you may see scores; page, totalPages and nominationCount say "
            + "where the page lies.")
    @ApiProblem(status = 403, description = "You are neither the national administrator nor a provincial one.")
    @ApiProblem(status = 404, description = "No round you see has this id.")
    RoundBoard round(@Parameter(description = "The round's id") @PathVariable long roundId,
            @Parameter(description = "The page, from 0 (beyond the last: the last)") @RequestParam(defaultValue = "0")
            int page,
            @Parameter(description = "Nominations per page, 1 to " + PageRequests.MAX_SIZE)
            @RequestParam(defaultValue = "" + RoundBoards.PAGE_SIZE) int size) {
        return boards.board(roundId, page, size);
    }

    @PostMapping("/rounds/{roundId}/nominations")
    @Operation(summary = "Nominate a talent of your province", description = "For provincial administrators, while "
            + "the round takes nominations and within your province's quota; a talent the programme selected before "
            + "is refused. 201 with the nomination.")
    @ApiResponse(responseCode = "201", description = "Nominated", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "The round no longer nominates, the quota is used up, the talent is not "
            + "of your province, or the statement or achievements are missing or too long. Nothing was recorded.")
    @ApiProblem(status = 403, description = "You are not a provincial administrator.")
    @ApiProblem(status = 404, description = "No round you see has this id.")
    @ApiProblem(status = 409, description = "The talent is nominated already, or was selected by the programme.")
    ResponseEntity<NominationCreated> nominate(@Parameter(description = "The round's id") @PathVariable long roundId,
            @RequestBody NominationRequest request) {
        if (request.talentId() == null) {
            throw new BusinessRuleException("talentId", "field.required");
        }
        ProgrammeNomination nomination = nominating.nominate(roundId, request.talentId(), request.statement(),
                request.achievements());
        return ResponseEntity.created(URI.create("/api/v1/talent-programmes/rounds/" + roundId))
                .body(new NominationCreated(nomination.getId(), roundId, nomination.getTalentId(),
                        nomination.getProvinceCode()));
    }

    @GetMapping("/rounds/{roundId}/scores")
    @Operation(summary = "A page of the reviewers' scores of a round", description = "For the programme's "
            + "administrators during the review (every score); once the review has closed, a province that does not run "
            + "the programme reads the scores of its own nominations. Ordered by nomination, then expert.")
    @ApiProblem(status = 400, description = "The page lies beyond what the list can reach.")
    @ApiProblem(status = 403, description = "The review has not closed and you do not run the programme.")
    @ApiProblem(status = 404, description = "No round you see has this id.")
    List<ReviewScore> scores(@Parameter(description = "The round's id") @PathVariable long roundId,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Scores per page, 1 to " + PageRequests.MAX_SIZE)
            @RequestParam(defaultValue = "" + PageRequests.MAX_SIZE) int size) {
        return review.allScores(roundId, page, size);
    }

    @PutMapping("/nominations/{nominationId}/score")
    @Operation(summary = "Score a nomination as a drawn reviewer", description = "Signed in with the talent account "
            + "of an expert drawn for the round's panel: 0 to 100 and a comment; a second score replaces the first "
            + "until the review closes.")
    @ApiProblem(status = 400, description = "The score is not 0 to 100, the comment is too long, or the review is "
            + "not open.")
    @ApiProblem(status = 403, description = "You are not signed in.")
    @ApiProblem(status = 404, description = "No such nomination, or you are not on its round's panel.")
    ReviewScore score(@Parameter(description = "The nomination's id") @PathVariable long nominationId,
            @RequestBody ScoreRequest request) {
        return review.score(nominationId, request.score(), request.comment());
    }

    /** A round as the list shows it. */
    record RoundRow(long id, long programmeId, int year, int places, java.time.LocalDate nominationDeadline,
            SelectionRound.State state) {

        static RoundRow of(SelectionRound r) {
            return new RoundRow(r.getId(), r.getProgrammeId(), r.getYear(), r.getPlaces(), r.getNominationDeadline(),
                    r.getState());
        }
    }

    record NominationRequest(
            @Schema(description = "The talent's registry id; the talent must be of your province.") Long talentId,
            @Schema(description = "Why the province nominates them, at most 2,000 characters.") String statement,
            @Schema(description = "Their main achievements, at most 4,000 characters.") String achievements) {
    }

    record NominationCreated(long id, long roundId, long talentId, String provinceCode) {
    }

    /** The score is read as a decimal so that 50.5 is refused, not cut to 50. */
    record ScoreRequest(@Schema(description = "A whole number from 0 to 100") BigDecimal score,
            @Schema(description = "At most 1,000 characters") String comment) {
    }
}
