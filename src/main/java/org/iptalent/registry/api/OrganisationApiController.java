package org.iptalent.registry.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.registry.OrganisationInput;
import org.iptalent.registry.OrganisationView;
import org.iptalent.registry.internal.OrganisationRecords;
import org.springframework.data.domain.PageRequest;
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

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations")
class OrganisationApiController {

    private final OrganisationRecords organisations;

    OrganisationApiController(OrganisationRecords organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    PagedModel<OrganisationView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return new PagedModel<>(organisations.find(q, type, PageRequest.of(Math.max(0, page),
                Math.min(Math.max(size, 1), 200), Sort.by("name"))));
    }

    @GetMapping("/{id}")
    OrganisationView get(@PathVariable long id) {
        return organisations.get(id);
    }

    @PostMapping
    ResponseEntity<OrganisationView> create(@RequestBody OrganisationInput input) {
        OrganisationView created = organisations.create(input);
        return ResponseEntity.created(java.net.URI.create("/api/v1/organisations/" + created.id())).body(created);
    }
}
