package org.iptalent.registry.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.platform.ApiProblem;
import org.iptalent.platform.EntityTags;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.TalentHits;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.registry.internal.search.TalentSearch;
import org.iptalent.registry.internal.search.TalentSearchLimits;
import org.iptalent.shared.PageRequests;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry over the API: search, read, create, update with optimistic locking, idempotent sync. */
@RestController
@RequestMapping("/api/v1/talents")
@Tag(name = "Talents")
class TalentApiController {

    private final TalentSearch search;
    private final TalentRecords records;

    TalentApiController(TalentSearch search, TalentRecords records) {
        this.search = search;
        this.records = records;
    }

    @GetMapping
    @Operation(summary = "Search talents", description = "Same filters as the registry page; q is at most "
            + TalentSearchLimits.MAX_QUERY_LENGTH + " characters (longer is 400). Beyond 10,000 hits "
            + "page.totalElements is a lower bound. Searches run one per core and the rest wait in line: one that "
            + "waits too long is answered 503 with Retry-After.")
    @Parameters({
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "Free text over name, employer, major and "
                    + "position, at most " + TalentSearchLimits.MAX_QUERY_LENGTH + " characters (longer is 400)."),
            @Parameter(name = "sort", in = ParameterIn.QUERY, description = "One of: relevance (the default, also "
                    + "when empty), name, updated (most recently updated first). Anything else is 400."),
            @Parameter(name = "province", in = ParameterIn.QUERY, description = "Province code (GB/T 2260, 440000)."),
            @Parameter(name = "city", in = ParameterIn.QUERY, description = "City code (GB/T 2260, 440300)."),
            @Parameter(name = "team", in = ParameterIn.QUERY, description = "Talent team code (reference taxonomy "
                    + "TEAM)."),
            @Parameter(name = "category", in = ParameterIn.QUERY, description = "Talent category code (taxonomy "
                    + "CATEGORY)."),
            @Parameter(name = "qualification", in = ParameterIn.QUERY, description = "Qualification type code "
                    + "(taxonomy QUALIFICATION_TYPE)."),
            @Parameter(name = "education", in = ParameterIn.QUERY, description = "Education code (taxonomy "
                    + "EDUCATION)."),
            @Parameter(name = "discipline", in = ParameterIn.QUERY, description = "Discipline code (taxonomy "
                    + "DISCIPLINE)."),
            @Parameter(name = "industry", in = ParameterIn.QUERY, description = "Industry code (GB/T 4754-2017)."),
            @Parameter(name = "status", in = ParameterIn.QUERY, description = "ACTIVE, LEFT or RETIRED.")})
    @ApiProblem(status = 503, description = "Too many searches at once: this one waited too long in line. Nothing "
            + "was changed; retry after Retry-After seconds.")
    PagedModel<TalentHits.TalentRow> list(@ParameterObject TalentCriteria criteria,
            @Parameter(description = "Page number from 0 (a negative page is 0). The search pages through its first "
                    + "10,000 hits only: a page whose rows lie beyond (page × size + size > 10,000) is refused with 400.")
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Hits per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger values "
                    + "are clamped).") @RequestParam(defaultValue = "20") int size) {
        int pageSize = PageRequests.size(size);
        TalentHits hits = search.search(criteria, PageRequests.page(page, pageSize, PageRequests.SEARCH_WINDOW),
                pageSize, false);
        return new PagedModel<>(new PageImpl<>(hits.rows(), PageRequest.of(hits.page(), pageSize), hits.total()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One talent", description = "Identity number, phone and e-mail masked; the ETag to send "
            + "back in If-Match when updating.")
    ResponseEntity<TalentView> get(@PathVariable long id) {
        TalentView talent = records.get(id);
        return ResponseEntity.ok().eTag(etag(talent)).body(talent);
    }

    @PostMapping
    @Operation(summary = "Register a talent", description = "In your region. 201 with the talent, its Location and "
            + "ETag; an identity number already registered is 400.")
    @ApiResponse(responseCode = "201", description = "Registered", useReturnTypeSchema = true)
    ResponseEntity<TalentView> create(@RequestBody TalentRequest request) {
        TalentView created = records.create(request.toInput(), Talent.Source.API);
        return ResponseEntity.created(URI.create("/api/v1/talents/" + created.id())).eTag(etag(created)).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a talent", description = "Send If-Match with the ETag you read (412 when it no "
            + "longer matches) or the version field (409 when it is stale); neither is 428. If-Match follows RFC 9110: "
            + "* matches the talent as it is now (404 when there is none in your scope), a list matches when any of "
            + "its entity tags does, and a weak tag (W/\"3\") never matches, as If-Match compares strongly.")
    @ApiProblem(status = 409, description = "The version field is stale: the talent was changed since you read it, "
            + "and nothing was changed now.")
    ResponseEntity<?> update(@PathVariable long id, @RequestBody TalentRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        TalentView updated = EntityTags.conditionally(ifMatch, request.version(), () -> records.get(id).version(),
                version -> records.update(id, version, request.toInput(), Talent.Source.API));
        return ResponseEntity.ok().eTag(etag(updated)).body(updated);
    }

    @PutMapping("/by-identity")
    @Operation(summary = "Create or update by identity number", description = "Idempotent: sending the same "
            + "record twice changes nothing. 201 when created, 200 otherwise.")
    @ApiResponse(responseCode = "200", description = "Updated, or unchanged", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiProblem(status = 403, description = "Your role may not do this, or the identity number belongs to a talent "
            + "outside your region.")
    ResponseEntity<TalentView> upsert(@RequestBody TalentRequest request) {
        TalentRecords.Upserted result = records.upsertByIdentity(request.toInput(), Talent.Source.API);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(etag(result.talent())).body(result.talent());
    }

    private static String etag(TalentView talent) {
        return EntityTags.of(talent.version());
    }
}
