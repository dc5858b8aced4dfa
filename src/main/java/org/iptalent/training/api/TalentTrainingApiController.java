package org.iptalent.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.platform.ApiProblem;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.training.enrollment.TrainingHistory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A talent's training over the API: for the talent themselves and the administrators of their region. */
@RestController
@Tag(name = "Training classes")
class TalentTrainingApiController {

    private final TrainingHistory history;
    private final TalentRegistry registry;
    private final TalentAccounts accounts;

    TalentTrainingApiController(TrainingHistory history, TalentRegistry registry, TalentAccounts accounts) {
        this.history = history;
        this.registry = registry;
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/talents/{id}/training")
    @Operation(summary = "A talent's training", description = "Their classes, latest first, each with its status, "
            + "hours attended and credited, and result; and the hours credited per year (the year a completed class "
            + "ended). For the talent themselves (an account linked to the record) and administrators whose region "
            + "holds the talent.")
    @ApiProblem(status = 404, description = "No such talent, or not yours to read: another region's, or someone "
            + "else's record.")
    TalentTrainingView training(@Parameter(description = "The talent's id.") @PathVariable long id) {
        CurrentUser user = CurrentUser.require();
        boolean own = accounts.talentOf(user.id()).filter(talent -> talent == id).isPresent();
        if (!own && registry.find(id).isEmpty()) {
            throw new RecordNotFoundException("Talent", id);
        }
        return TalentTrainingView.of(history.of(id));
    }
}
