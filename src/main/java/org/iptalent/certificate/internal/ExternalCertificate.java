package org.iptalent.certificate.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.iptalent.certificate.CertificateStatus;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.RegionScoped;

/**
 * A certificate earned elsewhere that a talent (or an administrator for them) uploaded: its title, issuer and dates
 * as entered, the file kept beside it ({@code external_certificate_file}), and an administrator's review. Only a
 * pending one is reviewed, once: verified, it joins the talent's certificates; rejected, it says why.
 */
@Entity
@Table(name = "external_certificate")
public class ExternalCertificate extends AbstractEntity implements RegionScoped {

    public enum Review { PENDING, VERIFIED, REJECTED }

    private long talentId;
    private String holderNameCipher;
    private String regionCode;
    private String title;
    private String issuer;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private String fileName;
    private String mediaType;
    private int fileSize;
    @Enumerated(EnumType.STRING)
    private Review review = Review.PENDING;
    private String rejectionReason;
    private Long uploadedBy;
    private Long reviewedBy;
    private Instant reviewedAt;

    protected ExternalCertificate() {
    }

    ExternalCertificate(long talentId, String holderNameCipher, String regionCode, ExternalCertificateInput input,
            CertificateFile file, long uploadedBy) {
        this.talentId = talentId;
        this.holderNameCipher = holderNameCipher;
        this.regionCode = regionCode;
        this.title = input.title().strip();
        this.issuer = input.issuer().strip();
        this.issuedOn = input.issuedOn();
        this.expiresOn = input.expiresOn();
        this.fileName = file.name();
        this.mediaType = file.kind().mediaType();
        this.fileSize = file.content().length;
        this.uploadedBy = uploadedBy;
    }

    void verify(long reviewer, Instant at) {
        decide(Review.VERIFIED, null, reviewer, at);
    }

    void reject(String reason, long reviewer, Instant at) {
        decide(Review.REJECTED, reason, reviewer, at);
    }

    private void decide(Review decision, String reason, long reviewer, Instant at) {
        if (review != Review.PENDING) {
            throw new ConflictException("certificate.review.decided");
        }
        review = decision;
        rejectionReason = reason;
        reviewedBy = reviewer;
        reviewedAt = at;
    }

    /** Valid or expired by its date, once verified (what it is while pending is the review's business). */
    public CertificateStatus status(LocalDate today) {
        return expiresOn != null && today.isAfter(expiresOn) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    public long getTalentId() {
        return talentId;
    }

    public String getHolderNameCipher() {
        return holderNameCipher;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public String getTitle() {
        return title;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getFileSize() {
        return fileSize;
    }

    public Review getReview() {
        return review;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
