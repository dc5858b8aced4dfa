package org.iptalent.certificate.internal;

import java.time.Instant;
import java.time.LocalDate;

/** An uploaded certificate as lists and the review show it: the holder's name masked, the file described. */
public record UploadedCertificate(long id, long version, long talentId, String holderMasked, String regionCode,
        String title, String issuer, LocalDate issuedOn, LocalDate expiresOn, String fileName, String mediaType,
        int fileSize, ExternalCertificate.Review review, String rejectionReason, Instant uploadedAt) {
}
