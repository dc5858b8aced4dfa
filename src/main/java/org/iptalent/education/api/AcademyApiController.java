package org.iptalent.education.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.education.academy.AcademyCatalogue;
import org.iptalent.education.academy.AcademyInput;
import org.iptalent.education.academy.AcademyView;
import org.iptalent.education.degree.ProgrammeFilter;
import org.iptalent.platform.ApiProblem;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
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

/** The jointly built IP academies and research institutes over the API, in the administrator's region. */
@RestController
@RequestMapping("/api/v1/academies")
@Tag(name = "Academies")
class AcademyApiController {

    static final SortFields SORTS = SortFields.of(Sort.by("a.founded_on")).with("foundedOn", "a.founded_on")
            .with("name", "a.name").with("region", "a.region_code");

    private final AcademyCatalogue catalogue;
    private final ReferenceData reference;

    AcademyApiController(AcademyCatalogue catalogue, ReferenceData reference) {
        this.catalogue = catalogue;
        this.reference = reference;
    }

    @GetMapping
    @Operation(summary = "Jointly built IP academies and research institutes in your region")
    @ApiProblem(status = 400, description = "An unknown region, a search text too long, an unknown sort field or a "
            + "page too deep.")
    @ApiProblem(status = 403, description = "You are no administrator.")
    PagedModel<AcademyView> list(
            @Parameter(description = "A province's or city's code (GB/T 2260)") @RequestParam(required = false)
            String region,
            @Parameter(description = "Part of the name, at most " + ProgrammeFilter.MAX_QUERY_LENGTH + " characters")
            @RequestParam(required = false) String q,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Academies per page, 1 to " + PageRequests.MAX_SIZE) @RequestParam(
                    defaultValue = "20") int size,
            @Parameter(description = "foundedOn (the default), name or region, each optionally followed by ,asc or "
                    + ",desc") @RequestParam(required = false) List<String> sort) {
        List<Problem> problems = new ArrayList<>();
        reference.checkRegion("region", region).ifPresent(problems::add);
        if (q != null && q.strip().length() > ProgrammeFilter.MAX_QUERY_LENGTH) {
            problems.add(new Problem("q", "field.tooLong", List.<Object>of(ProgrammeFilter.MAX_QUERY_LENGTH)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PagedModel<>(catalogue.find(region, q, PageRequests.of(page, size, PageRequests.DATABASE_WINDOW,
                SORTS, sort)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One academy")
    @ApiProblem(status = 403, description = "You are no administrator.")
    @ApiProblem(status = 404, description = "No academy in your region has this id.")
    AcademyView get(@Parameter(description = "The academy's id") @PathVariable long id) {
        return catalogue.get(id);
    }

    @PostMapping
    @Operation(summary = "Record a jointly built academy or research institute", description = "Its host is an "
            + "organisation of your region; 201 with the academy.")
    @ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "A field is missing or too long, the founding date is in the future or "
            + "before 1980, or the host or region is not of your region.")
    @ApiProblem(status = 403, description = "You are no administrator.")
    @ApiProblem(status = 409, description = "An academy of this name is recorded already.")
    ResponseEntity<AcademyView> create(@RequestBody AcademyRequest request) {
        AcademyView created = catalogue.create(new AcademyInput(request.name(), request.hostId(), request.partners(),
                request.foundedOn(), request.regionCode()));
        return ResponseEntity.created(URI.create("/api/v1/academies/" + created.id())).body(created);
    }

    record AcademyRequest(@Schema(description = "At most 200 characters") String name,
            @Schema(description = "The host organisation's id") Long hostId,
            @Schema(description = "Who built it jointly, e.g. the national office and a province; at most 500 "
                    + "characters") String partners,
            @Schema(description = "The founding date, 1980 to today") LocalDate foundedOn,
            @Schema(description = "Its province's or city's code (GB/T 2260)") String regionCode) {
    }
}
