package org.iptalent.certificate.internal;

import org.iptalent.certificate.CertificateStatus;

/**
 * The filters of the administrators' list. Holders' names are encrypted, so nobody searches by them: {@code q} is a
 * serial number (or part of one) or a verification code.
 */
public record CertificateCriteria(String q, String type, CertificateStatus status, Integer year) {

    public static CertificateCriteria none() {
        return new CertificateCriteria(null, null, null, null);
    }
}
