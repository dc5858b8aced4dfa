package org.iptalent.education.academy;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.iptalent.shared.RegionScoped;

/**
 * An IP academy or research institute built jointly by central and local governments: hosted by an organisation
 * (a university most often), founded on a day with its partners (the national office and a province), in a region.
 */
@Entity
@Table(name = "ip_academy")
public class Academy implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private String name;
    @Column(name = "host_id")
    private long hostId;
    private String partners;
    @Column(name = "founded_on")
    private LocalDate foundedOn;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Academy() {
    }

    Academy(String name, long hostId, String partners, LocalDate foundedOn, String regionCode, Instant now) {
        this.name = name;
        this.hostId = hostId;
        this.partners = partners;
        this.foundedOn = foundedOn;
        this.regionCode = regionCode;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public long getHostId() {
        return hostId;
    }

    public String getPartners() {
        return partners;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }
}
