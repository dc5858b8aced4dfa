package org.iptalent.certificate.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.certificate.CertificateStatus;
import org.iptalent.certificate.internal.CertificateAdministration;
import org.iptalent.certificate.internal.CertificateCriteria;
import org.iptalent.certificate.internal.CertificateDetail;
import org.iptalent.certificate.internal.CertificateSummary;
import org.iptalent.platform.ApiProblem;
import org.iptalent.platform.EntityTags;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The certificates issued in the administrator's region: the list with each one's code, one certificate, revocation. */
@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "Certificates")
class CertificateApiController {

    static final SortFields SORTS = SortFields.of(Sort.by(Sort.Order.desc("issuedOn"), Sort.Order.desc("id")),
            "issuedOn", "expiresOn", "serial");

    private final CertificateAdministration certificates;

    CertificateApiController(CertificateAdministration certificates) {
        this.certificates = certificates;
    }

    @GetMapping
    @Operation(summary = "Certificates issued in your region", description = "Newest first. Each has its `code`, "
            + "which the public verification takes, and the holder's name masked: holders' names are stored "
            + "encrypted, so the list is searched by serial number or code (`q`), never by name.")
    PagedModel<CertificateSummary> list(
            @Parameter(description = "A serial number or part of one, or a whole verification code.")
            @RequestParam(required = false) String q,
            @Parameter(description = "A certificate type's code, e.g. TRAINING_COMPLETION.")
            @RequestParam(required = false) String type,
            @Parameter(description = "VALID, EXPIRED, REVOKED or SUPERSEDED (renewed); another value is 400.")
            @RequestParam(required = false) CertificateStatus status,
            @Parameter(description = "The year of issue, 1949 to 2999.") @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are issuedOn (the default, "
                    + "newest first), expiresOn, serial. Any other is 400.")
            @RequestParam(required = false) List<String> sort) {
        return new PagedModel<>(certificates.find(new CertificateCriteria(q, type, status, year),
                PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, SORTS, sort)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One certificate", description = "With what it was issued for, a revocation's reason, "
            + "the renewal that replaced it, and whether it may be revoked or renewed now; the ETag to send back in "
            + "If-Match when revoking it.")
    ResponseEntity<CertificateDetail> get(@PathVariable long id) {
        CertificateDetail certificate = certificates.get(id);
        return ResponseEntity.ok().eTag(EntityTags.of(certificate.version())).body(certificate);
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "Revoke a certificate", description = "With a reason (required, at most 500 characters), "
            + "which the audit log keeps; its public verification then says REVOKED and the date, never the reason. "
            + "Send If-Match with the ETag you read (412 when it no longer matches) or the version field (409 when it "
            + "is stale); neither is 428. If-Match follows RFC 9110: * matches the certificate as it is now, a list "
            + "matches when any of its entity tags does, and a weak tag (W/\"3\") never matches.")
    @ApiProblem(status = 409, description = "The certificate was revoked or renewed already, or the version field is "
            + "stale; nothing was changed.")
    ResponseEntity<CertificateDetail> revoke(@PathVariable long id, @RequestBody RevocationRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        CertificateDetail revoked = EntityTags.conditionally(ifMatch, request.version(),
                () -> certificates.get(id).version(), version -> certificates.revoke(id, version, request.reason()));
        return ResponseEntity.ok().eTag(EntityTags.of(revoked.version())).body(revoked);
    }
}
