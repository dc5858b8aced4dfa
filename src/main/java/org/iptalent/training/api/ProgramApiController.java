package org.iptalent.training.api;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of training programs over the API: open to every signed-in user. */
@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "Training programs")
class ProgramApiController {

    /** The longest search text the catalogue takes. */
    static final int MAX_QUERY_LENGTH = 100;
    static final SortFields SORTS = SortFields.of(Sort.by("title").and(Sort.by("id")), "title", "team", "createdAt");

    private final TrainingReads reads;
    private final ReferenceData reference;

    ProgramApiController(TrainingReads reads, ReferenceData reference) {
        this.reads = reads;
        this.reference = reference;
    }

    @GetMapping
    @Operation(summary = "Training programs", description = "National programs and those of every region, each a "
            + "series of progressive levels for one talent team.")
    PagedModel<ProgramRow> list(
            @Parameter(description = "Talent team code (taxonomy TEAM); an unknown code is 400.")
            @RequestParam(required = false) String team,
            @Parameter(description = "Part of the title, at most " + MAX_QUERY_LENGTH + " characters (longer is 400).")
            @RequestParam(required = false) String q,
            @Parameter(description = "Page number from 0 (a negative page is 0); a page beyond the 2,147,483,647th "
                    + "row is refused with 400.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Programs per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger "
                    + "values are clamped).") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are title (the default), team, "
                    + "createdAt. Any other is 400.") @RequestParam(required = false) List<String> sort) {
        List<Problem> problems = new ArrayList<>();
        reference.checkTerm("team", TaxonomyKind.TEAM, team).ifPresent(problems::add);
        if (q != null && q.trim().length() > MAX_QUERY_LENGTH) {
            problems.add(new Problem("q", "field.tooLong", List.<Object>of(MAX_QUERY_LENGTH)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PagedModel<>(reads.programs(team == null ? null : team.trim(), q,
                PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, SORTS, sort)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One training program", description = "With its levels, lowest first: what a trainee learns "
            + "at each, the hours it takes, and the level completed first.")
    ProgramView get(@Parameter(description = "The program's id.") @PathVariable long id) {
        return reads.program(id);
    }
}
