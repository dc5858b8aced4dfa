package org.iptalent.education.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.education.degree.DegreeCatalogue;
import org.iptalent.education.degree.DegreeLevel;
import org.iptalent.education.degree.ProgrammeDetail;
import org.iptalent.education.degree.ProgrammeFilter;
import org.iptalent.education.degree.ProgrammeInput;
import org.iptalent.education.degree.ProgrammeRow;
import org.iptalent.education.degree.YearFigures;
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

/**
 * Universities' IP degree programmes over the API, in the administrator's region: the list, one programme with its
 * yearly intake and graduates, a new programme and a year's figures. The service checks the region and audits.
 */
@RestController
@RequestMapping("/api/v1/degree-programmes")
@Tag(name = "Degree programmes")
class DegreeProgrammeApiController {

    /** The list's sort fields, each the column it sorts. */
    static final SortFields SORTS = SortFields.of(Sort.by("o.name"))
            .with("university", "o.name").with("level", "p.level").with("firstYear", "p.first_year")
            .with("region", "p.region_code");

    private final DegreeCatalogue catalogue;
    private final ReferenceData reference;

    DegreeProgrammeApiController(DegreeCatalogue catalogue, ReferenceData reference) {
        this.catalogue = catalogue;
        this.reference = reference;
    }

    @GetMapping
    @Operation(summary = "Degree programmes in your region", description = "Each with its latest recorded year's "
            + "intake and graduates.")
    @ApiProblem(status = 400, description = "An unknown level or region, a search text too long, an unknown sort "
            + "field or a page too deep.")
    @ApiProblem(status = 403, description = "You are no administrator.")
    PagedModel<ProgrammeRow> list(
            @Parameter(description = "BACHELOR, MASTER, PROFESSIONAL_MASTER or DOCTORATE") @RequestParam(required =
                    false) DegreeLevel level,
            @Parameter(description = "A province's or city's code (GB/T 2260)") @RequestParam(required = false)
            String region,
            @Parameter(description = "Part of the university's name, at most " + ProgrammeFilter.MAX_QUERY_LENGTH
                    + " characters") @RequestParam(required = false) String q,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Programmes per page, 1 to " + PageRequests.MAX_SIZE) @RequestParam(
                    defaultValue = "20") int size,
            @Parameter(description = "university (the default), level, firstYear or region, each optionally "
                    + "followed by ,asc or ,desc") @RequestParam(required = false) List<String> sort) {
        List<Problem> problems = new ArrayList<>();
        reference.checkRegion("region", region).ifPresent(problems::add);
        if (q != null && q.strip().length() > ProgrammeFilter.MAX_QUERY_LENGTH) {
            problems.add(new Problem("q", "field.tooLong", List.<Object>of(ProgrammeFilter.MAX_QUERY_LENGTH)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PagedModel<>(catalogue.find(new ProgrammeFilter(level, region, q),
                PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, SORTS, sort)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One degree programme", description = "With every recorded year, oldest first.")
    @ApiProblem(status = 403, description = "You are no administrator.")
    @ApiProblem(status = 404, description = "No programme in your region has this id.")
    ProgrammeDetail get(@Parameter(description = "The programme's id") @PathVariable long id) {
        return catalogue.get(id);
    }

    @GetMapping("/{id}/years")
    @Operation(summary = "A programme's yearly intake and graduates", description = "Oldest year first.")
    @ApiProblem(status = 403, description = "You are no administrator.")
    @ApiProblem(status = 404, description = "No programme in your region has this id.")
    List<YearFigures> years(@Parameter(description = "The programme's id") @PathVariable long id) {
        return catalogue.get(id).years();
    }

    @PostMapping
    @Operation(summary = "Record a university's degree programme", description = "The university is an "
            + "organisation of type UNIVERSITY in your region; 201 with the programme.")
    @ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "A field is missing, the first year is in the future, before 1980 or "
            + "(a professional master's) before 2022, or the university is not one of your region.")
    @ApiProblem(status = 403, description = "You are no administrator.")
    @ApiProblem(status = 409, description = "The university has a programme of this name and level already.")
    ResponseEntity<ProgrammeDetail> create(@RequestBody ProgrammeRequest request) {
        ProgrammeDetail created = catalogue.create(new ProgrammeInput(request.universityId(), request.name(),
                request.level(), request.firstYear()));
        return ResponseEntity.created(URI.create("/api/v1/degree-programmes/" + created.id())).body(created);
    }

    @PostMapping("/{id}/years")
    @Operation(summary = "Record a year's intake and graduates", description = "A year already recorded is "
            + "corrected. Answers the programme with every year.")
    @ApiProblem(status = 400, description = "The year lies before the first year or in the future, a count is "
            + "negative or above 2,000, graduates come before the first cohort could finish, or more graduate than "
            + "the cohorts admitted could give.")
    @ApiProblem(status = 403, description = "You are no administrator.")
    @ApiProblem(status = 404, description = "No programme in your region has this id.")
    ProgrammeDetail year(@Parameter(description = "The programme's id") @PathVariable long id,
            @RequestBody YearRequest request) {
        return catalogue.record(id, request.year(), request.intake(), request.graduates());
    }

    record ProgrammeRequest(@Schema(description = "The university's organisation id") Long universityId,
            @Schema(description = "The programme's name, e.g. the major, at most 100 characters") String name,
            @Schema(description = "BACHELOR, MASTER, PROFESSIONAL_MASTER or DOCTORATE") DegreeLevel level,
            @Schema(description = "The year its first cohort enrolled, 1980 to this year") Integer firstYear) {
    }

    record YearRequest(@Schema(description = "The year, from the first year to this year") Integer year,
            @Schema(description = "Students admitted, 0 to 2,000") Integer intake,
            @Schema(description = "Students who graduated, 0 to 2,000") Integer graduates) {
    }
}
