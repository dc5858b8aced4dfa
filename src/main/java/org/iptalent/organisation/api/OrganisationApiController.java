package org.iptalent.organisation.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.platform.EntityTags;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations")
class OrganisationApiController {

    private final OrganisationRecords organisations;

    OrganisationApiController(OrganisationRecords organisations) {
        this.organisations = organisations;
    }

    /** The orders the list offers: what it shows. */
    static final SortFields SORTS = SortFields.of(Sort.by("name"), "name", "creditCode", "regionCode", "createdAt");

    @GetMapping
    @Operation(summary = "Organisations in your region", description = "Matched by name or credit code (q) and type; "
            + "unverified=true lists only those an import registered from a bare name, awaiting verification.")
    PagedModel<OrganisationView> list(
            @Parameter(description = "Part of the name or of the unified social credit code.")
            @RequestParam(required = false) String q,
            @Parameter(description = "An ORGANISATION_TYPE code (GET /api/v1/reference/taxonomies).")
            @RequestParam(required = false) String type,
            @Parameter(description = "Only organisations awaiting verification.")
            @RequestParam(defaultValue = "false") boolean unverified,
            @Parameter(description = "Page number from 0 (a negative page is 0); a page beyond the 2,147,483,647th "
                    + "row is refused with 400.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Organisations per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger "
                    + "values are clamped).") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are name (the default), "
                    + "creditCode, regionCode, createdAt. Any other is 400.")
            @RequestParam(required = false) List<String> sort) {
        return new PagedModel<>(organisations.find(q, type, unverified,
                PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, SORTS, sort)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation", description = "With the ETag to send back in If-Match when updating.")
    ResponseEntity<OrganisationView> get(@PathVariable long id) {
        OrganisationView organisation = organisations.get(id);
        return ResponseEntity.ok().eTag(EntityTags.of(organisation.version())).body(organisation);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an organisation", description = "Send If-Match with the ETag you read: 412 when it no "
            + "longer matches, 428 without it. Saving marks an unverified organisation as verified.")
    ResponseEntity<OrganisationView> update(@PathVariable long id, @RequestBody OrganisationInput input,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long version = EntityTags.requireMatch(ifMatch, organisations.get(id).version());
        OrganisationView updated = organisations.update(id, version, input);
        return ResponseEntity.ok().eTag(EntityTags.of(updated.version())).body(updated);
    }

    @PostMapping("/{id}/verify")
    @Operation(summary = "Verify an organisation", description = "Confirms an organisation an import registered from a "
            + "bare name; verifying a verified one changes nothing.")
    OrganisationView verify(@PathVariable long id) {
        return organisations.verify(id);
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge an unverified organisation into another", description = "Its talents move to the "
            + "target (each move recorded as a talent flow); it stays on record as merged and leaves every list. "
            + "Answers the target. 400 when the organisation is verified or either one was merged already.")
    OrganisationView merge(@PathVariable long id,
            @Parameter(description = "The organisation it duplicates.") @RequestParam long into) {
        return organisations.merge(id, into);
    }

    @PostMapping
    @Operation(summary = "Register an organisation", description = "In your region. 201 with the organisation and its "
            + "Location; a credit code already registered, or missing for anything but an IP administration, is 400.")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    ResponseEntity<OrganisationView> create(@RequestBody OrganisationInput input) {
        OrganisationView created = organisations.create(input);
        return ResponseEntity.created(java.net.URI.create("/api/v1/organisations/" + created.id())).body(created);
    }
}
