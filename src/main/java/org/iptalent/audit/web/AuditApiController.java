package org.iptalent.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditRecord;
import org.iptalent.audit.ChainVerification;
import org.iptalent.audit.internal.AuditChainVerifier;
import org.iptalent.audit.internal.AuditSearch;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Sort;
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
    private final AuditTexts texts;

    AuditApiController(AuditSearch search, AuditChainVerifier verifier, AuditTexts texts) {
        this.search = search;
        this.verifier = verifier;
        this.texts = texts;
    }

    /** The log sorts by when an entry occurred, newest first unless asked otherwise. */
    static final SortFields SORTS = SortFields.of(Sort.by(Sort.Direction.DESC, "occurredAt"), "occurredAt");

    @GetMapping
    @Operation(summary = "Search the audit log", description = "Every filter optional. An entry's `detail` is in "
            + "the language of `Accept-Language` (Chinese unless English is asked for); `message` is the same as "
            + "data: a message key with its arguments.")
    PagedModel<AuditRecord> list(
            @Parameter(description = "The acting user name, exactly.") @RequestParam(required = false) String actor,
            @Parameter(description = "One action.") @RequestParam(required = false) AuditAction action,
            @Parameter(description = "The kind of record acted on (Talent, User …), exactly.")
            @RequestParam(required = false) String entityType,
            @Parameter(description = "The id of the record acted on, exactly.")
            @RequestParam(required = false) String entityId,
            @Parameter(description = "Entries at or after this instant (ISO 8601, 2026-01-31T16:00:00Z).")
            @RequestParam(required = false) Instant from,
            @Parameter(description = "Entries before this instant (ISO 8601).")
            @RequestParam(required = false) Instant to,
            @Parameter(description = "Page number from 0 (a negative page is 0); a page beyond the 2,147,483,647th "
                    + "entry is refused with 400.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Entries per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger "
                    + "values are clamped).") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "occurredAt,desc (the default) or occurredAt,asc; any other field is 400.")
            @RequestParam(required = false) List<String> sort, @Parameter(hidden = true) Locale locale) {
        return new PagedModel<>(search.find(new AuditSearch.Criteria(actor, action, entityType, entityId, from, to),
                PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, SORTS, sort))
                .map(entry -> entry.withDetail(texts.detail(entry, locale))));
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the audit log's hash chain", description = "Walks every entry: intact, or the first "
            + "entry where the chain breaks and why.")
    ChainVerification verify() {
        return verifier.verify();
    }
}
