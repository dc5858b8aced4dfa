package org.iptalent.certificate.internal;

import java.time.LocalDate;

/**
 * What is entered with an uploaded certificate.
 *
 * @param talentId the talent it belongs to, when an administrator uploads it for them (a talent uploads their own)
 */
public record ExternalCertificateInput(Long talentId, String title, String issuer, LocalDate issuedOn,
        LocalDate expiresOn) {
}
