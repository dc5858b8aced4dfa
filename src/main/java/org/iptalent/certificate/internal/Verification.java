package org.iptalent.certificate.internal;

import java.time.LocalDate;

import org.iptalent.certificate.CertificateStatus;

/**
 * What the public learns of a certificate by its code: only what confirms it. The holder's name is masked; the talent,
 * the source and a revocation's reason are never shown.
 *
 * @param status      valid, expired, revoked or superseded, today
 * @param holder      the holder's name, masked
 * @param achievement what was earned
 * @param typeName    the certificate type's name in the reader's language
 * @param issuer      who issued it
 * @param serial      its serial number
 * @param issuedOn    the date of issue
 * @param expiresOn   the date it expires, or null
 * @param revokedOn   the date it was revoked, or null
 */
public record Verification(CertificateStatus status, String holder, String achievement, String typeName,
        String issuer, String serial, LocalDate issuedOn, LocalDate expiresOn, LocalDate revokedOn) {
}
