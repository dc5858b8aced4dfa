package org.iptalent.expert.team;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Expert teams for administrators: their fill against the target, members added and taken out. */
@RestController
@RequestMapping("/api/v1/expert-teams")
@Tag(name = "Expert teams")
class ExpertTeamApiController {

    private final ExpertTeams teams;

    ExpertTeamApiController(ExpertTeams teams) {
        this.teams = teams;
    }

    record MemberRequest(Long expertId) {
    }

    @GetMapping
    @Operation(summary = "The expert teams", description = "Each team's target size and its members today, "
            + "across the country.")
    List<ExpertTeam> all() {
        return teams.all();
    }

    @PostMapping("/{code}/members")
    @Operation(summary = "Add an expert to a team", description = "An appointed expert of your region, not "
            + "blacklisted, a member from today. Answers the team with its new fill.")
    @ApiProblem(status = 400, description = "The expert id is missing, or the expert is not appointed or is "
            + "blacklisted.")
    @ApiProblem(status = 404, description = "No such team, or no such expert in your region.")
    @ApiProblem(status = 409, description = "The expert is a member already.")
    ExpertTeam add(@Parameter(description = "The team's code, e.g. TRADEMARK_EXAMINATION.") @PathVariable String code,
            @RequestBody MemberRequest request) {
        if (request == null || request.expertId() == null) {
            throw new InvalidInputException(List.of(new Problem("expertId", "field.required")));
        }
        return teams.add(code, request.expertId());
    }

    @DeleteMapping("/{code}/members/{expertId}")
    @Operation(summary = "Take an expert out of a team", description = "As of today; the membership stays on "
            + "record for the plan's history. Answers the team with its new fill.")
    @ApiProblem(status = 404, description = "No such team, no such expert in your region, or not a member.")
    ExpertTeam remove(@Parameter(description = "The team's code, e.g. TRADEMARK_EXAMINATION.") @PathVariable String code,
            @Parameter(description = "The member's expert id.") @PathVariable long expertId) {
        return teams.remove(code, expertId);
    }
}
