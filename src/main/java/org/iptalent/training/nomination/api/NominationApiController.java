package org.iptalent.training.nomination.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.training.nomination.NominationBoard;
import org.iptalent.training.nomination.NominationView;
import org.iptalent.training.nomination.Nominating;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A nominated class's nominations over the API: the quotas and nominations you may see, and nominating. */
@RestController
@RequestMapping("/api/v1/classes/{id}/nominations")
@Tag(name = "Nominated classes")
class NominationApiController {

    private final Nominating nominating;

    NominationApiController(Nominating nominating) {
        this.nominating = nominating;
    }

    @GetMapping
    @Operation(summary = "A nominated class's quotas and nominations", description = "The national administrator "
            + "sees every province's quota and nominations; a provincial administrator their own province's. Each "
            + "nomination is NOMINATED, WITHDRAWN, SELECTED, DECLINED (with the decision's reason) or ENROLLED.")
    @ApiProblem(status = 400, description = "The class is not filled by nomination.")
    @ApiProblem(status = 403, description = "You are neither the national administrator nor a provincial one.")
    NominationBoard get(@PathVariable long id) {
        return nominating.board(id);
    }

    @PostMapping
    @Operation(summary = "Nominate a talent of your province", description = "For provincial administrators, within "
            + "the quota the national administrator set for your province (nominated, selected and enrolled "
            + "nominations count against it; withdrawn and declined ones do not). 201 with the nomination.")
    @ApiResponse(responseCode = "201", description = "Nominated", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "The class is not filled by nomination or no longer planned, your "
            + "province has no quota or no room left in it, the talent is not of your province, or the reason is "
            + "missing. Nothing was recorded.")
    @ApiProblem(status = 409, description = "The talent is nominated to this class already.")
    ResponseEntity<NominationView> nominate(@PathVariable long id, @RequestBody NominationRequest request) {
        if (request.talentId() == null) {
            throw new BusinessRuleException("talentId", "nomination.talentRequired");
        }
        NominationView created = nominating.nominate(id, request.talentId(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/classes/" + id + "/nominations"))
                .body(created);
    }
}
