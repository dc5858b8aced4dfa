package org.iptalent.audit.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditRecord;
import org.iptalent.audit.ChainVerification;
import org.iptalent.audit.internal.AuditChainVerifier;
import org.iptalent.audit.internal.AuditSearch;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over the API, for auditors only (enforced by the API filter chain). */
@RestController
@RequestMapping("/api/v1/audit-entries")
@Tag(name = "Audit log")
class AuditApiController {

    private final AuditSearch search;
    private final AuditChainVerifier verifier;

    AuditApiController(AuditSearch search, AuditChainVerifier verifier) {
        this.search = search;
        this.verifier = verifier;
    }

    @GetMapping
    PagedModel<AuditRecord> list(@RequestParam(required = false) String actor,
            @RequestParam(required = false) AuditAction action, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return new PagedModel<>(search.find(new AuditSearch.Criteria(actor, action, entityType, entityId, from, to),
                PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 500))));
    }

    @GetMapping("/verification")
    ChainVerification verify() {
        return verifier.verify();
    }
}
