package org.iptalent.planning.target;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** One region's line of an indicator's regional breakdown, every number in the indicator's unit. */
public record RegionLine(
        @Schema(description = "The region's GB/T 2260 code; 000000 is the whole country.") String code,
        @Schema(description = "The region's name in the request's language.") String name,
        @Schema(description = "The value now, or at the end of the plan's period once it is over; null without data.")
        BigDecimal value,
        @Schema(description = "The target the level above assigned the region; null when none was.") BigDecimal assigned,
        @Schema(description = "The target the region refined for itself; null when it did not.") BigDecimal refined,
        @Schema(description = "What progress is measured against: refined, else assigned; for a rate or a score "
                + "without either, the plan's own target; for a count without either, null.") BigDecimal target,
        @Schema(description = "Whether the target is the plan's own, the region having none of its own.")
        boolean planTarget,
        @Schema(description = "Progress towards the target in percent (value over target for \"at least\"); null "
                + "without a value or a target.") BigDecimal progress,
        @Schema(description = "Whether the value meets the target the way the plan means it.") boolean met,
        @Schema(description = "The region's place among the listed regions by progress (1 is furthest); equal "
                + "progress shares a place; null without progress and for the region the list belongs to.") Integer rank,
        @Schema(description = "The target's version to send back when setting it (If-Match), 0 while it has none.")
        long version) {

    RegionLine ranked(Integer place) {
        return new RegionLine(code, name, value, assigned, refined, target, planTarget, progress, met, place, version);
    }
}
