package org.iptalent.planning.target;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** One region's target for an indicator, in the indicator's unit. */
public record TargetView(
        @Schema(description = "The indicator's code.") String indicator,
        @Schema(description = "The region's GB/T 2260 code.") String regionCode,
        @Schema(description = "The region's name in the request's language.") String regionName,
        @Schema(description = "What the level above assigned; null when nothing was assigned.") BigDecimal assigned,
        @Schema(description = "What the region refined for itself; null when it did not.") BigDecimal refined,
        @Schema(description = "What progress is measured against: refined, else assigned.") BigDecimal effective,
        @Schema(description = "The target's version, 0 while the region has none; the ETag carries it too.")
        long version) {
}
