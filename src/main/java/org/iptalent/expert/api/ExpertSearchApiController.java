package org.iptalent.expert.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.iptalent.expert.search.ExpertCriteria;
import org.iptalent.expert.search.ExpertHits;
import org.iptalent.expert.search.ExpertHits.ExpertCard;
import org.iptalent.expert.search.ExpertHits.Facet;
import org.iptalent.expert.search.ExpertHits.FacetCount;
import org.iptalent.expert.search.ExpertSearch;
import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.PageRequests;
import org.springframework.data.web.PagedModel.PageMetadata;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The expert pool's search over the API: Chinese full text, filters and facets, in the caller's region. */
@RestController
@Tag(name = "Experts")
class ExpertSearchApiController {

    private final ExpertSearch search;

    ExpertSearchApiController(ExpertSearch search) {
        this.search = search;
    }

    /** A page of expert cards, the page's figures, and each facet's counts over every match. */
    record ExpertPage(List<ExpertCard> content, PageMetadata page, Map<Facet, List<FacetCount>> facets) {
    }

    @GetMapping("/api/v1/experts")
    @Operation(summary = "Search experts", description = "Chinese full text over the expert's name (any part of it), "
            + "employer and achievements, with filters; every filter and facet is limited to your region, and each "
            + "hit is confirmed against the database. facets counts every match per value (a category counts the "
            + "experts of its sub-categories too, once each). Every problem with the request is answered at once, "
            + "as a 400 naming each parameter.")
    @ApiProblem(status = 400, description = "q longer than 100 characters, an unknown category, duty, status or "
            + "sort, a malformed IPC section or class or region code, a negative page, a size outside 1 to 100, or "
            + "a page beyond the first 10,000 hits: each named with its parameter.")
    @ApiProblem(status = 503, description = "Too many searches at once: this one waited too long in line. Nothing "
            + "was changed; retry after Retry-After seconds.")
    ExpertPage list(
            @Parameter(description = "Chinese free text, at most 100 characters.") @RequestParam(required = false)
            String q,
            @Parameter(description = "A category code of the expert taxonomy (GET /api/v1/expert-categories); its "
                    + "sub-categories' experts are found too.") @RequestParam(required = false) String category,
            @Parameter(description = "An IPC section, A to H.") @RequestParam(required = false) String ipcSection,
            @Parameter(description = "An IPC class, e.g. G06.") @RequestParam(required = false) String ipcClass,
            @Parameter(description = "TECHNICAL_INVESTIGATOR, MEDIATOR, ADJUDICATION_EXPERT, THINK_TANK_MEMBER, "
                    + "EXAMINATION_EXPERT or TEACHER.") @RequestParam(required = false) String duty,
            @Parameter(description = "A region code (GB/T 2260): a province (440000), a city (440100) or a county.")
            @RequestParam(required = false) String region,
            @Parameter(description = "APPOINTED, SUSPENDED, EXPIRED or REMOVED.") @RequestParam(required = false)
            String status,
            @Parameter(description = "relevance (the default, also when empty), name, or updated (most recently "
                    + "changed first).") @RequestParam(required = false) String sort,
            @Parameter(description = "Page number from 0; a page whose rows lie beyond the first 10,000 hits is 400.")
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Hits per page, 1 to " + PageRequests.MAX_SIZE + ".")
            @RequestParam(defaultValue = "20") int size) {
        ExpertHits hits = search.search(new ExpertCriteria(q, category, ipcSection, ipcClass, duty, region, status,
                sort), page, size);
        return new ExpertPage(hits.rows(), new PageMetadata(hits.size(), hits.page(), hits.total(),
                hits.totalPages()), hits.facets());
    }
}
