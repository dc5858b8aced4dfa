package org.iptalent.training.nomination.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A province's nomination of one of its talents. */
record NominationRequest(
        @Schema(description = "The talent's registry id; the talent must be of your province.") Long talentId,
        @Schema(description = "Why the province nominates them, at most 500 characters.") String reason) {
}
