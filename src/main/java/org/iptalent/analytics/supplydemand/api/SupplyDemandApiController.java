package org.iptalent.analytics.supplydemand.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.analytics.supplydemand.SupplyDemandMap;
import org.iptalent.analytics.supplydemand.SupplyDemandQuery;
import org.iptalent.analytics.supplydemand.SupplyDemandView;
import org.iptalent.platform.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supply-versus-demand map's figures over the API, for the administrations whose region it is. */
@RestController
@RequestMapping("/api/v1/supply-demand")
@Tag(name = "Supply and demand")
class SupplyDemandApiController {

    private final SupplyDemandMap map;

    SupplyDemandApiController(SupplyDemandMap map) {
        this.map = map;
    }

    @GetMapping
    @Operation(summary = "Supply against demand by province or city for one filter", description = "Supply: the "
            + "registry's active talents now (each counted once, whatever categories of the team they hold); demand: "
            + "the staff employers reported needing in the survey year at the horizon; gap: demand less supply "
            + "(positive a shortage, negative a surplus). Rows: the country's provinces (level PROVINCE, the national "
            + "office; a provincial office gets its own province's row) or a province's prefecture-level cities "
            + "(level CITY; a row with the province's own code holds what names no city), a city office its city "
            + "alone; totals are the rows' sums. No person is named.")
    @ApiProblem(status = 400, description = "An unknown level, team, category, industry or horizon, a category of "
            + "another team, a year outside 2000-2100, or level CITY without a region for the national office.")
    @ApiProblem(status = 404, description = "The region is unknown or outside your region (or level PROVINCE for "
            + "a city office).")
    SupplyDemandView supplyDemand(
            @Parameter(description = "PROVINCE (the country's provinces) or CITY (a province's cities); default: "
                    + "PROVINCE for the national office, else CITY") @RequestParam(required = false) String level,
            @Parameter(description = "With level CITY: the province (or city) whose cities to list; default: your "
                    + "own region") @RequestParam(required = false) String region,
            @Parameter(description = "A team's code (PROTECTION, APPLICATION, PUBLIC_SERVICE, INTERNATIONAL, "
                    + "BASIC); default: every team") @RequestParam(required = false) String team,
            @Parameter(description = "A GB/T 4754 industry division's code (two digits); default: every industry")
            @RequestParam(required = false) String industry,
            @Parameter(description = "A talent category's code (of the team, when one is given); default: every "
                    + "category") @RequestParam(required = false) String category,
            @Parameter(description = "The demand's survey year; default: the latest with any demand")
            @RequestParam(required = false) Integer year,
            @Parameter(description = "When the demand is for: NOW, Y1, Y3 or Y5; default: NOW")
            @RequestParam(required = false) String horizon,
            Locale locale) {
        return map.byRegion(new SupplyDemandQuery(level, region, team, category, industry, year, horizon), locale);
    }
}
