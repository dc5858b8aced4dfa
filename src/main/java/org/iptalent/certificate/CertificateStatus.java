package org.iptalent.certificate;

/**
 * What a certificate is today, as verification shows it: valid, expired (its date passed), revoked (by an
 * administrator, with a reason that is not shown), or superseded (renewed: a newer certificate replaced it).
 */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED, SUPERSEDED
}
