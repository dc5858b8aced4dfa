package org.iptalent.certificate;

import java.time.LocalDate;

/**
 * One of a talent's certificates, for the talent's page.
 *
 * @param id          the certificate's id (of the external certificate when {@code external})
 * @param external    earned elsewhere and verified by an administrator: it has no serial, code or PDF of ours
 * @param typeCode    the type's code (null when external)
 * @param title       the type's name in the reader's language, or the external certificate's title
 * @param achievement what was earned (null when external)
 * @param issuer      who issued it
 * @param issuedOn    the date of issue
 * @param expiresOn   when it expires, or null
 * @param status      what verification would say today
 * @param serial      the serial number (null when external)
 * @param code        the verification code (null when external)
 */
public record CertificateView(long id, boolean external, String typeCode, String title, String achievement,
        String issuer, LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status, String serial,
        String code) {
}
