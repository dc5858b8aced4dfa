package org.iptalent.demand.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.demand.report.DemandFilter;
import org.iptalent.demand.report.DemandInput;
import org.iptalent.demand.report.DemandReportView;
import org.iptalent.demand.report.DemandReports;
import org.iptalent.demand.report.DemandRules;
import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.PageRequests;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Employers' demand over the API: an employer's account lists and reports its own organisation's needs, an
 * administration its region's. The service checks the region, the codes and the round, and audits every report.
 */
@RestController
@RequestMapping("/api/v1/demand-reports")
@Tag(name = "Employers' demand")
class DemandApiController {

    private final DemandReports reports;

    DemandApiController(DemandReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "A page of reported needs", description = "An employer's account sees its organisation's, "
            + "an administration those of its region; latest survey year first unless sorted (sort: "
            + "id, year, count, region, each optionally ,asc or ,desc).")
    @ApiProblem(status = 400, description = "An unknown sort field, or a page beyond what the list can reach.")
    @ApiProblem(status = 403, description = "Neither an administration with a region nor an employer's account "
            + "linked to its organisation.")
    PagedModel<DemandReportView> list(
            @Parameter(description = "Survey year") @RequestParam(required = false) Integer year,
            @Parameter(description = "NOW, Y1, Y3 or Y5") @RequestParam(required = false) String horizon,
            @Parameter(description = "A province or city code (GB/T 2260): its needs and its cities'")
            @RequestParam(required = false) String region,
            @Parameter(description = "Team code (reference taxonomy TEAM)") @RequestParam(required = false)
            String team,
            @Parameter(description = "Industry code (GB/T 4754 division)") @RequestParam(required = false)
            String industry,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Rows per page, 1 to " + PageRequests.MAX_SIZE) @RequestParam(defaultValue = "20")
            int size,
            @Parameter(description = "Sort fields: id, year, count, region") @RequestParam(required = false)
            List<String> sort) {
        return new PagedModel<>(reports.list(new DemandFilter(year, horizon, region, team, industry),
                PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, DemandReports.SORT, sort)));
    }

    @PostMapping
    @Operation(summary = "Report a need", description = "An employer's account reports for its own organisation "
            + "(organisationId is ignored) while a survey round of the year is open for its province, places within "
            + "that province; an administration for an employer of its region (organisationId), places within its "
            + "region. Codes come from the reference lists (region GB/T 2260 province or city, industry GB/T 4754 "
            + "division, team, category of that team, optional qualification type, education); count 0 to "
            + DemandRules.MAX_COUNT + ". 201 with the need.")
    @ApiResponse(responseCode = "201", description = "Reported", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "A field is missing or wrong (every problem listed), the place lies "
            + "outside your region, or no round is open for the year. Nothing was recorded.")
    @ApiProblem(status = 403, description = "Neither an administration with a region nor an employer's account "
            + "linked to its organisation.")
    @ApiProblem(status = 409, description = "The organisation reported this need (year, horizon, place, industry, "
            + "category, education, qualification) already.")
    ResponseEntity<DemandReportView> report(@RequestBody DemandInput input) {
        DemandReportView view = reports.report(input);
        return ResponseEntity.created(URI.create("/api/v1/demand-reports?year=" + view.year())).body(view);
    }
}
