package org.iptalent.demand.exchange;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A pairing of an assisting side with an assisted one, for a period and with goals. It is made only from input the
 * rules have passed ({@link PairingRules}); its sides never change, so a region's pairings stay its own.
 */
@Entity
@Table(name = "exchange_pairing")
public class Pairing {

    public static final String ENTITY = "ExchangePairing";

    /** What is paired: two provinces, two prefecture-level cities or two organisations. */
    public enum Level {
        PROVINCE, CITY, ORGANISATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private Level level;
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
    private String goals;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Pairing() {
    }

    Pairing(PairingRules.Checked checked, Long createdBy, Instant now) {
        this.level = checked.level();
        this.fromRegion = checked.fromRegion();
        this.toRegion = checked.toRegion();
        this.fromOrgId = checked.fromOrgId();
        this.toOrgId = checked.toOrgId();
        this.startsOn = checked.startsOn();
        this.endsOn = checked.endsOn();
        this.goals = checked.goals();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Whether the period holds this day. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Level getLevel() {
        return level;
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

    public String getGoals() {
        return goals;
    }
}
