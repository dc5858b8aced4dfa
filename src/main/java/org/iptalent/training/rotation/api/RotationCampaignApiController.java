package org.iptalent.training.rotation.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.iptalent.training.rotation.CampaignView;
import org.iptalent.training.rotation.RotationCampaign;
import org.iptalent.training.rotation.RotationCampaigning;
import org.iptalent.training.rotation.RotationClasses;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rotation campaigns over the API: those of your region, one with its live coverage, and launching one. */
@RestController
@RequestMapping("/api/v1/rotation-campaigns")
@Tag(name = "Rotation training")
class RotationCampaignApiController {

    /** The orders the list offers. */
    static final SortFields SORTS = SortFields.of(Sort.by(Sort.Direction.DESC, "cycleEnd").and(Sort.by("id")),
            "name", "cycleStart", "cycleEnd", "launchedAt");

    private final RotationCampaigning campaigning;
    private final RotationClasses classes;

    RotationCampaignApiController(RotationCampaigning campaigning, RotationClasses classes) {
        this.campaigning = campaigning;
        this.classes = classes;
    }

    @GetMapping
    @Operation(summary = "Rotation campaigns of your region", description = "For administrators: a provincial or city "
            + "administrator sees the campaigns of their region, the national administrator every one (national "
            + "campaigns, whose regionCode is null, included). Each with its phase (UPCOMING, RUNNING, ENDED) and "
            + "member count; the coverage is on the campaign itself.")
    PagedModel<CampaignView> list(
            @Parameter(description = "Part of the campaign's name.") @RequestParam(required = false) String q,
            @Parameter(description = "Page number from 0 (a negative page is 0); a page beyond the 2,147,483,647th "
                    + "row is refused with 400.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Campaigns per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger "
                    + "values are clamped).") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are name, cycleStart, cycleEnd "
                    + "and launchedAt (the default: cycleEnd, latest first). Any other is 400.")
            @RequestParam(required = false) List<String> sort) {
        return new PagedModel<>(campaigning.find(q, PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, SORTS,
                sort)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One campaign with its coverage", description = "Coverage is read live: each member is "
            + "TRAINED (a completed enrollment in one of the campaign's classes, completed within the cycle), "
            + "IN_PROGRESS (enrolled or waiting in a campaign class still planned) or NOT_YET; totals and by region "
            + "(the members' cities, or provinces for a national campaign). After the cycle, finalCount is true and "
            + "nobody is in progress any more. Another region's campaign is 404.")
    CampaignDetail get(@PathVariable long id) {
        return detail(id);
    }

    @PostMapping
    @Operation(summary = "Launch a campaign", description = "Creates the campaign and snapshots its cohort: the "
            + "talents of its region (regionCode, a province or city within yours; none for a national campaign, "
            + "national administrator only) whom the registry filters match (q, team, category, qualification, "
            + "education, discipline, industry, status; all optional; any other field is 400), at most " + RotationCampaigning.MAX_COHORT
            + ". cycleStart and cycleEnd are ISO dates; the cycle may not have ended already. 201 with the campaign "
            + "and its Location.")
    @ApiResponse(responseCode = "201", description = "Launched", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "A field is missing or wrong (a code the lists do not know, a region "
            + "outside yours, a cycle that ended or runs backwards), no talent matches the cohort, or more than "
            + RotationCampaigning.MAX_COHORT + " do. Nothing was recorded.")
    ResponseEntity<CampaignDetail> launch(@RequestBody CampaignRequest request) {
        RotationCampaign campaign = campaigning.launch(request.input());
        long id = campaign.getId();
        return ResponseEntity.created(URI.create("/api/v1/rotation-campaigns/" + id))
                .body(detail(id));
    }

    private CampaignDetail detail(long id) {
        RotationCampaigning.Overview overview = campaigning.overview(id);
        return new CampaignDetail(overview.view(), overview.coverage(), classes.of(id));
    }
}
