package org.iptalent.planning.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.planning.plan.RegionChoice;
import org.iptalent.planning.progress.IndicatorReadings;
import org.iptalent.reference.Localized;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plans and their indicators' values over the API, for administrators; values are the caller's region's. */
@RestController
@Tag(name = "Plans and indicators")
class PlanApiController {

    private final PlanRecords plans;
    private final IndicatorReadings readings;
    private final RegionChoice regions;

    PlanApiController(PlanRecords plans, IndicatorReadings readings, RegionChoice regions) {
        this.plans = plans;
        this.readings = readings;
        this.regions = regions;
    }

    @GetMapping("/api/v1/plans")
    @Operation(summary = "Plans", description = "Every plan, newest period first, without its indicators.")
    List<PlanJson> plans(Locale locale) {
        return plans.all().stream().map(p -> PlanJson.of(p, Localized.isEnglish(locale), false)).toList();
    }

    @GetMapping("/api/v1/plans/{id}")
    @Operation(summary = "One plan", description = "Its period, status and its indicators' definitions.")
    PlanJson plan(@Parameter(description = "The plan's id.") @PathVariable long id, Locale locale) {
        return PlanJson.of(plans.get(id), Localized.isEnglish(locale), true);
    }

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "A plan's indicators with their values", description = "For the country (national "
            + "administrators) or the caller's own province or city against its own targets: value now, target, "
            + "progress, monthly history since a year before the plan began, the projection (linear trend of the last "
            + "12 months with its 95 % prediction interval) and the status, most worrying first. A computed "
            + "indicator whose module is not there yet has status NO_SOURCE and no value.")
    List<IndicatorJson> indicators(
            @Parameter(description = "The plan's id; the plan in force (else the latest) when left out.")
            @RequestParam(required = false) Long plan,
            @Parameter(description = "A province or city code inside the caller's scope; the caller's own region "
                    + "when left out. Outside the scope, or unknown, is 404.") @RequestParam(required = false) String region,
            Locale locale) {
        Plan chosen = plans.getOrCurrent(plan);
        return readings.read(chosen, regions.of(region)).stream()
                .map(r -> IndicatorJson.of(r, Localized.isEnglish(locale))).toList();
    }

    @GetMapping("/api/v1/indicators/{code}")
    @Operation(summary = "One indicator with its value, history and projection")
    IndicatorJson indicator(@Parameter(description = "The indicator's code in the plan, e.g. ip-talents.")
            @PathVariable String code,
            @Parameter(description = "The plan's id; the plan in force (else the latest) when left out.")
            @RequestParam(required = false) Long plan,
            @Parameter(description = "A province or city code inside the caller's scope; the caller's own region "
                    + "when left out. Outside the scope, or unknown, is 404.") @RequestParam(required = false) String region,
            Locale locale) {
        Plan chosen = plans.getOrCurrent(plan);
        return readings.read(chosen, regions.of(region)).stream().filter(r -> r.indicator().getCode().equals(code))
                .findFirst().map(r -> IndicatorJson.of(r, Localized.isEnglish(locale)))
                .orElseThrow(() -> new org.iptalent.shared.RecordNotFoundException(PlanRecords.INDICATOR, code));
    }

}
