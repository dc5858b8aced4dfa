package org.iptalent.planning.target.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.planning.target.Breakdown;
import org.iptalent.planning.target.RegionLine;
import org.iptalent.planning.target.TargetSum;

/** An indicator of a plan region by region, as the API gives it. */
record RegionsView(
        @Schema(description = "The plan's id.") long plan,
        @Schema(description = "The plan's name in the request's language.") String planName,
        @Schema(description = "DRAFT, IN_FORCE or CLOSED; a closed plan's targets no longer change.") String planStatus,
        @Schema(description = "The indicator's code.") String code,
        @Schema(description = "The indicator's name in the request's language.") String name,
        @Schema(description = "The unit every number is in: PERSONS, TEN_THOUSAND_PERSONS, ITEMS, SCORE or PERCENT.")
        String unit,
        @Schema(description = "AT_LEAST, AT_MOST or ABOUT: which side of a target meets it.") String direction,
        @Schema(description = "The month the values are of, for a plan whose period is over (yyyy-MM); null when they "
                + "are the current ones.") YearMonth month,
        @Schema(description = "When the current values were computed (they are refreshed every few minutes).")
        Instant computedAt,
        @Schema(description = "The region the list belongs to: the country (000000) for the national administrator, "
                + "its province or city for the others.") RegionLine region,
        @Schema(description = "The regions below it: the 31 provinces, or a province's prefecture-level cities; "
                + "empty for a city.") List<RegionLine> regions,
        @Schema(description = "For a count, the listed regions' targets added up beside the target they split; null "
                + "for a rate or a score.") TargetSum targetsSum,
        @Schema(description = "The listed regions' targets less the target they split.") BigDecimal difference) {

    static RegionsView of(Breakdown b, Locale locale) {
        return new RegionsView(b.plan().id(), b.plan().name(locale), b.plan().status().name(), b.indicator().code(),
                b.indicator().name(locale), b.indicator().unit().name(), b.indicator().direction().name(), b.month(),
                b.computedAt(), b.own(), b.regions(), b.sum(), b.sum() == null ? null : b.sum().difference());
    }
}
