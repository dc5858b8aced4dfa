package org.iptalent.certificate.internal;

import java.time.LocalDate;

import org.iptalent.certificate.CertificateStatus;

/**
 * One certificate as an administrator sees it: what verification shows and what it was issued for, the revocation's
 * reason, the renewal that replaced it, and what may be done to it now.
 */
public record CertificateDetail(long id, long version, String code, String serial, String typeCode, String typeName,
        CertificateStatus status, String holderMasked, long talentId, String achievement, String issuer,
        LocalDate issuedOn, LocalDate expiresOn, String regionCode, String sourceKind, long sourceId,
        LocalDate revokedOn, String revocationReason, Long renewedById, boolean revocable, boolean renewable) {
}
