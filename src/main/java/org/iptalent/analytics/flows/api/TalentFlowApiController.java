package org.iptalent.analytics.flows.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.analytics.flows.Concentration;
import org.iptalent.analytics.flows.FlowYear;
import org.iptalent.analytics.flows.TalentConcentration;
import org.iptalent.analytics.flows.TalentFlows;
import org.iptalent.platform.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Talent flows between regions over the API, for the administrations whose region it is. */
@RestController
@RequestMapping("/api/v1/talent-flows")
@Tag(name = "Talent flows")
class TalentFlowApiController {

    private final TalentFlows flows;
    private final TalentConcentration concentration;

    TalentFlowApiController(TalentFlows flows, TalentConcentration concentration) {
        this.flows = flows;
        this.concentration = concentration;
    }

    @GetMapping
    @Operation(summary = "A year's inflow, outflow, net flow and new talents by province or by a province's cities",
            description = "From the registry's records: a talent who joined the registry is a new talent of its first "
                    + "region; a recorded change of region that crosses a province's border (level PROVINCE) or a "
                    + "city's (level CITY) is an outflow of the one and an inflow of the other. Net is inflow minus "
                    + "outflow. Years are calendar years in China's time. The lines are the 50 largest with one end "
                    + "among the rows. The national administration sees every province; a provincial administration "
                    + "its own province's row and lines and, with level CITY, its cities; a city administration its "
                    + "own city (level CITY only).")
    @ApiProblem(status = 400, description = "A year before 2000 or after this year, an unknown level, a region that is "
            + "no province, a region with level PROVINCE, or level CITY without a region for the national office.")
    @ApiProblem(status = 403, description = "Not an administration with a region, or a city administration asking for "
            + "the provinces.")
    @ApiProblem(status = 404, description = "The province is unknown or outside your region.")
    FlowYear year(
            @Parameter(description = "A calendar year from 2000 to this one; default: this year")
            @RequestParam(required = false) Integer year,
            @Parameter(description = "PROVINCE (default; a city administration's default is CITY) or CITY")
            @RequestParam(required = false) String level,
            @Parameter(description = "With level CITY: the province whose cities to show; default: your own")
            @RequestParam(required = false) String region) {
        return flows.year(year, level, region);
    }

    @GetMapping("/concentration")
    @Operation(summary = "Beijing's, Shanghai's and the Greater Bay Area's talents, share and net inflow by year",
            description = "For the national administration: every year from 2000 to this one that the monthly history "
                    + "of the indicator registry.talents covers (December's value, this year's latest month taken; "
                    + "corrections applied): the talents present in Beijing (110000), Shanghai (310000) and the "
                    + "Greater Bay Area's nine Guangdong cities (440100, 440300, 440400, 440600, 441300, 441900, "
                    + "442000, 440700, 441200) and in the country, each area's share of the country's in percent, and "
                    + "its net inflow of the calendar year (China's time; this year's so far): moves into it from the "
                    + "rest of the country less moves out. month names the history's month read; the lists follow "
                    + "the order of areas, a value the history lacks is null.")
    @ApiProblem(status = 403, description = "Not the national administration.")
    Concentration concentration() {
        return concentration.concentration();
    }
}
