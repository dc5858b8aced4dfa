package org.iptalent.planning.target.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** A region's target as a client sets it, and the version it read when it does not send If-Match. */
record TargetRequest(
        @Schema(description = "The target in the indicator's unit (10,000 persons for IP talents): not negative, "
                + "whole for persons and items, at most two decimals, at most 100 for a rate or a score, and for a "
                + "count at most the target of the whole it is a part of.", requiredMode = Schema.RequiredMode.REQUIRED)
        BigDecimal value,
        @Schema(description = "The target's version as you read it (0 while the region had none), when you do not "
                + "send If-Match; a stale version is 409.") Long version) {
}
