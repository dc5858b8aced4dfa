package org.iptalent.certificate.internal;

import java.time.LocalDate;

import org.iptalent.certificate.CertificateStatus;

/**
 * A certificate as the administrators' list and API show it: the holder's name masked.
 *
 * @param code the verification code, which the public verification page and API take
 */
public record CertificateSummary(long id, String code, String serial, String typeCode, String typeName,
        CertificateStatus status, String holderMasked, LocalDate issuedOn, LocalDate expiresOn, String regionCode) {
}
