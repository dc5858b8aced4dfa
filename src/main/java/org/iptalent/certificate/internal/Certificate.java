package org.iptalent.certificate.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iptalent.certificate.CertificateStatus;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.RegionScoped;

/**
 * A certificate issued here. Its holder's name is kept encrypted (printed in full only on the PDF); its state moves
 * only forward: issued, then revoked (with a reason) or superseded by its renewal. Whether an issued certificate is
 * valid or expired is its date's business, computed on the day it is asked ({@link #status(LocalDate)}).
 */
@Entity
@Table(name = "certificate")
public class Certificate extends AbstractEntity implements RegionScoped {

    /** What has been done to it; {@link CertificateStatus} adds expiry. */
    public enum State { ISSUED, REVOKED, SUPERSEDED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id")
    private CertificateType type;
    private long talentId;
    private String holderNameCipher;
    private String achievement;
    private String issuerName;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private String regionCode;
    private String sourceKind;
    private long sourceId;
    private String serial;
    private String code;
    @Enumerated(EnumType.STRING)
    private State state = State.ISSUED;
    private LocalDate revokedOn;
    private String revocationReason;
    private Long renewedById;

    protected Certificate() {
    }

    Certificate(CertificateType type, long talentId, String holderNameCipher, String achievement, String issuerName,
            LocalDate issuedOn, String regionCode, String sourceKind, long sourceId, String serial, String code) {
        this.type = type;
        this.talentId = talentId;
        this.holderNameCipher = holderNameCipher;
        this.achievement = achievement;
        this.issuerName = issuerName;
        this.issuedOn = issuedOn;
        this.expiresOn = type.expiryFor(issuedOn);
        this.regionCode = regionCode;
        this.sourceKind = sourceKind;
        this.sourceId = sourceId;
        this.serial = serial;
        this.code = code;
    }

    /** Valid, expired (the day after its expiry date), revoked or superseded, on {@code today}. */
    public CertificateStatus status(LocalDate today) {
        return status(state, expiresOn, today);
    }

    /** The status of a certificate in {@code state} that expires on {@code expiresOn} (null: never), on {@code today}. */
    static CertificateStatus status(State state, LocalDate expiresOn, LocalDate today) {
        return switch (state) {
            case REVOKED -> CertificateStatus.REVOKED;
            case SUPERSEDED -> CertificateStatus.SUPERSEDED;
            case ISSUED -> expiresOn != null && today.isAfter(expiresOn) ? CertificateStatus.EXPIRED
                    : CertificateStatus.VALID;
        };
    }

    /** Revokes it for {@code reason}; a revoked or superseded certificate is not revoked again. */
    void revoke(String reason, LocalDate today) {
        if (state != State.ISSUED) {
            throw new ConflictException("certificate.revoke.notIssued");
        }
        state = State.REVOKED;
        revokedOn = today;
        revocationReason = reason;
    }

    /** Marks it replaced by {@code renewal}: only an issued certificate of a type that expires is renewed. */
    void supersede(Certificate renewal) {
        if (state != State.ISSUED || !type.expires()) {
            throw new BusinessRuleException("certificate.renew.notAllowed");
        }
        state = State.SUPERSEDED;
        renewedById = renewal.getId();
    }

    public boolean renewable() {
        return state == State.ISSUED && type.expires();
    }

    public CertificateType getType() {
        return type;
    }

    public long getTalentId() {
        return talentId;
    }

    public String getHolderNameCipher() {
        return holderNameCipher;
    }

    public String getAchievement() {
        return achievement;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public String getSourceKind() {
        return sourceKind;
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getSerial() {
        return serial;
    }

    public String getCode() {
        return code;
    }

    public State getState() {
        return state;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public Long getRenewedById() {
        return renewedById;
    }
}
