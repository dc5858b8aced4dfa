package org.iptalent.registry.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.TalentHits;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.registry.internal.TalentSearch;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
    @Operation(summary = "Search talents", description = "Same filters as the registry page. Beyond 10,000 hits "
            + "page.totalElements is a lower bound. Searches run one per core and the rest wait in line: one that "
            + "waits too long is answered 503 with Retry-After.")
    PagedModel<TalentHits.TalentRow> list(TalentCriteria criteria, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int pageSize = Math.min(Math.max(size, 1), 200);
        TalentHits hits = search.search(criteria, Math.max(0, page), pageSize, false);
        return new PagedModel<>(new PageImpl<>(hits.rows(), PageRequest.of(hits.page(), pageSize), hits.total()));
    }

    @GetMapping("/{id}")
    ResponseEntity<TalentView> get(@PathVariable long id) {
        TalentView talent = records.get(id);
        return ResponseEntity.ok().eTag(etag(talent)).body(talent);
    }

    @PostMapping
    ResponseEntity<TalentView> create(@RequestBody TalentRequest request) {
        TalentView created = records.create(request.toInput(), Talent.Source.API);
        return ResponseEntity.created(URI.create("/api/v1/talents/" + created.id())).eTag(etag(created)).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a talent", description = "Send If-Match with the ETag you read (412 when it is "
            + "stale) or the version field (409 when it is stale).")
    ResponseEntity<?> update(@PathVariable long id, @RequestBody TalentRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Long version = ifMatch != null ? parseEtag(ifMatch) : request.version();
        if (version == null) {
            return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.PRECONDITION_REQUIRED, "If-Match or version is required"));
        }
        try {
            TalentView updated = records.update(id, version, request.toInput(), Talent.Source.API);
            return ResponseEntity.ok().eTag(etag(updated)).body(updated);
        } catch (ObjectOptimisticLockingFailureException e) {
            if (ifMatch != null) {
                return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.PRECONDITION_FAILED, "The talent was changed since the ETag you sent."));
            }
            throw e;
        }
    }

    @PutMapping("/by-identity")
    @Operation(summary = "Create or update by identity number", description = "Idempotent: sending the same "
            + "record twice changes nothing. 201 when created, 200 otherwise.")
    ResponseEntity<TalentView> upsert(@RequestBody TalentRequest request) {
        TalentRecords.Upserted result = records.upsertByIdentity(request.toInput(), Talent.Source.API);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(etag(result.talent())).body(result.talent());
    }

    private static String etag(TalentView talent) {
        return "\"" + talent.version() + "\"";
    }

    private static Long parseEtag(String value) {
        try {
            return Long.parseLong(value.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
