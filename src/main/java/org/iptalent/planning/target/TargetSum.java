package org.iptalent.planning.target;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The regions' targets of a count added up beside the whole's: a split that does not add up is shown, never refused
 * (a province may keep a reserve, or ask its cities for more than it was asked).
 */
public record TargetSum(
        @Schema(description = "The listed regions' targets added up.") BigDecimal total,
        @Schema(description = "How many of the listed regions have a target.") int withTarget,
        @Schema(description = "How many regions are listed.") int regions,
        @Schema(description = "The target of the region they split: the plan's for the provinces, the province's "
                + "for its cities; null when it has none.") BigDecimal whole) {

    /** The sum less the whole: negative when the regions' targets fall short of it; null without a whole. */
    public BigDecimal difference() {
        return whole == null ? null : total.subtract(whole);
    }

    public boolean addsUp() {
        return whole != null && total.compareTo(whole) == 0;
    }
}
