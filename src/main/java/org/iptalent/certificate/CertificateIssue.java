package org.iptalent.certificate;

import java.time.LocalDate;

/**
 * A certificate to issue.
 *
 * @param typeCode    the certificate type's code: {@code TRAINING_COMPLETION} for a training class's completion
 *                    (seeded, serial numbers {@code TRN-2026-000042}), or one the national administrator added
 * @param talentId    the talent who earned it
 * @param holderName  the holder's full name as it is printed on the certificate (stored encrypted)
 * @param achievement what was earned, in the language it is issued in (e.g. the class's title and hours)
 * @param issuerName  who issues it: the training base or organisation
 * @param issuedOn    the date of issue
 * @param regionCode  the GB/T 2260 region it was earned in, which decides the administrators who see it
 * @param sourceKind  what it was earned for, e.g. {@code TRAINING_CLASS}
 * @param sourceId    the id of that record in its module
 */
public record CertificateIssue(String typeCode, long talentId, String holderName, String achievement,
        String issuerName, LocalDate issuedOn, String regionCode, String sourceKind, long sourceId) {
}
