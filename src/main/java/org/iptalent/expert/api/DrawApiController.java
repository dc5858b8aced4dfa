package org.iptalent.expert.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.iptalent.expert.draw.DrawAnswers;
import org.iptalent.expert.draw.DrawRequest;
import org.iptalent.expert.draw.DrawView;
import org.iptalent.expert.draw.ExpertDraws;
import org.iptalent.platform.ApiProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Random draws of experts: made, read, replayed, and answered by the drawn. */
@RestController
@RequestMapping("/api/v1/expert-draws")
@Tag(name = "Expert draws")
class DrawApiController {

    private final ExpertDraws draws;
    private final DrawAnswers answers;

    DrawApiController(ExpertDraws draws, DrawAnswers answers) {
        this.draws = draws;
        this.answers = answers;
    }

    /** The draw as the API returns it: the fields first, then the whole record. */
    record DrawResponse(long id, String seed, int eligibleCount, List<Long> selected, List<Long> reserveList,
            DrawView draw) {

        static DrawResponse of(DrawView view) {
            return new DrawResponse(view.id(), view.seed(), view.eligibleCount(), view.selected(), view.reserveList(),
                    view);
        }
    }

    record AnswerRequest(Boolean accept, String note) {
    }

    @PostMapping
    @Operation(summary = "Draw experts for a matter", description = "For administrators. Each requirement wants "
            + "count experts of a category (its sub-categories included) and, if given, of an IPC class; regionRule "
            + "ANY, LOCAL (localRegionCode, else your region) or OUTSIDE_PARTIES (none in a party's province). "
            + "Avoided: appointed experts only, within their term, not blacklisted, unavailable or on leave; staff "
            + "and former staff of a party (registry), experts who declared a party, experts drawn for the same "
            + "matter before, and, with maxRecentDraws and recentMonths, experts drawn that often lately. reserves "
            + "are drawn per requirement. The seed comes from SecureRandom; the eligible lists and the result are "
            + "recorded so that POST /{id}/replay recomputes the same draw. A re-draw gives redrawOf and its reason.")
    @ApiResponse(responseCode = "201", description = "Drawn", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "A field is missing or wrong, every problem listed. Nothing was drawn.")
    @ApiProblem(status = 422, description = "Fewer experts are eligible for a requirement than it needs: the problem "
            + "names the requirement (from 0) and its eligibleCount. Nothing was drawn.")
    ResponseEntity<DrawResponse> draw(@RequestBody DrawRequest request) {
        DrawView view = draws.open(request);
        return ResponseEntity.created(URI.create("/api/v1/expert-draws/" + view.id())).body(DrawResponse.of(view));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A draw", description = "For the administrations whose region includes the drawing "
            + "administration's, and auditors.")
    @ApiProblem(status = 404, description = "No such draw, or not yours to see.")
    DrawResponse get(@PathVariable long id) {
        return DrawResponse.of(draws.get(id));
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Replay a draw", description = "Recomputes the draw from its stored seed and eligible lists "
            + "with the recorded method, and compares it with the recorded picks (selected and reserves, in order).")
    @ApiProblem(status = 404, description = "No such draw, or not yours to see.")
    ExpertDraws.Replay replay(@PathVariable long id) {
        return draws.replay(id);
    }

    @PostMapping("/{id}/picks/{pickId}/answer")
    @Operation(summary = "Confirm or decline a drawn expert", description = "By the drawn expert (signed in with "
            + "the talent's account) or the drawing administration. A confirmation opens the engagement; a decline "
            + "calls the requirement's next reserve.")
    @ApiProblem(status = 400, description = "The pick was answered already, or the note is too long.")
    @ApiProblem(status = 404, description = "No such draw or pick, or not yours to answer.")
    DrawResponse answer(@PathVariable long id, @Parameter(description = "The pick's id.") @PathVariable long pickId,
            @RequestBody AnswerRequest request) {
        if (request.accept() == null) {
            throw new org.iptalent.shared.InvalidInputException(List.of(
                    new org.iptalent.shared.InvalidInputException.Problem("accept", "field.required")));
        }
        return DrawResponse.of(answers.answer(id, pickId, request.accept(), request.note()));
    }
}
