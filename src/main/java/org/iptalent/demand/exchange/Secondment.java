package org.iptalent.demand.exchange;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person seconded under a pairing; made only from input {@link PairingRules#secondment} passed. */
@Entity
@Table(name = "exchange_secondment")
public class Secondment {

    public static final String ENTITY = "ExchangeSecondment";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "pairing_id")
    private long pairingId;
    @Column(name = "talent_id")
    private long talentId;
    @Column(name = "from_region")
    private String fromRegion;
    @Column(name = "to_region")
    private String toRegion;
    @Column(name = "from_org_id")
    private Long fromOrgId;
    @Column(name = "to_org_id")
    private Long toOrgId;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private String purpose;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Secondment() {
    }

    Secondment(long pairingId, SecondmentInput checked, Long createdBy, Instant now) {
        this.pairingId = pairingId;
        this.talentId = checked.talentId();
        this.fromRegion = checked.fromRegion();
        this.toRegion = checked.toRegion();
        this.fromOrgId = checked.fromOrgId();
        this.toOrgId = checked.toOrgId();
        this.startsOn = checked.startsOn();
        this.endsOn = checked.endsOn();
        this.purpose = checked.purpose();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPairingId() {
        return pairingId;
    }

    public long getTalentId() {
        return talentId;
    }

    public String getFromRegion() {
        return fromRegion;
    }

    public String getToRegion() {
        return toRegion;
    }

    public Long getFromOrgId() {
        return fromOrgId;
    }

    public Long getToOrgId() {
        return toOrgId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getPurpose() {
        return purpose;
    }
}
