package org.iptalent.training.base.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.platform.EntityTags;
import org.iptalent.shared.PageRequests;
import org.iptalent.training.base.BaseCriteria;
import org.iptalent.training.base.BaseRow;
import org.iptalent.training.base.BaseView;
import org.iptalent.training.base.TrainingBaseRecords;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The training bases over the API: the list a provincial system mirrors, paged like the registry's, and one base
 * with its status history and latest assessment. Scoped like the pages: an administrator's region (a province's
 * administrator also sees the national bases located there), a manager's own bases.
 */
@RestController
@RequestMapping("/api/v1/training-bases")
@Tag(name = "Training bases")
class TrainingBaseApiController {

    private final TrainingBaseRecords records;

    TrainingBaseApiController(TrainingBaseRecords records) {
        this.records = records;
    }

    @GetMapping
    @Operation(summary = "Training bases you see", description = "National and local training bases in your region "
            + "(a provincial administrator also sees the national bases located in the province; a base's manager "
            + "sees the bases they manage), filtered by level, province, status, speciality and part of the name. "
            + "A filter value that names nothing (level=REGIONAL, an unknown province or speciality) is 400.")
    PagedModel<BaseRow> list(
            @Parameter(description = "NATIONAL or LOCAL (any case); anything else is 400.")
            @RequestParam(required = false) String level,
            @Parameter(description = "A province code (GB/T 2260, 440000): the bases located in the province.")
            @RequestParam(required = false) String province,
            @Parameter(description = "DESIGNATED, UNDER_REVIEW, PROBATION or REVOKED; anything else is 400.")
            @RequestParam(required = false) String status,
            @Parameter(description = "A TEAM or CATEGORY code of the plan's taxonomy (GET /api/v1/reference/"
                    + "taxonomies): the bases that train it.") @RequestParam(required = false) String speciality,
            @Parameter(description = "Part of the base's name.") @RequestParam(required = false) String q,
            @Parameter(description = "Page number from 0 (a negative page is 0); a page beyond the 2,147,483,647th "
                    + "row is refused with 400.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Bases per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger values "
                    + "are clamped).") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are name (the default), "
                    + "designatedOn, regionCode, status, level. Any other is 400.")
            @RequestParam(required = false) List<String> sort) {
        return new PagedModel<>(records.find(new BaseCriteria(level, province, status, speciality, q),
                PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, TrainingBaseRecords.SORTS, sort)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One training base", description = "With its specialities (team and category codes), the "
            + "contact's phone masked, its status history oldest first (a step whose from is null is the "
            + "designation; from equal to to, an assessment that kept the status) and its latest annual "
            + "assessment, if any. A base outside your reach is 404.")
    ResponseEntity<BaseView> get(@Parameter(description = "The base's id. One outside your reach is 404, like one "
            + "that does not exist.") @PathVariable long id) {
        BaseView base = records.get(id);
        return ResponseEntity.ok().eTag(EntityTags.of(base.version())).body(base);
    }
}
