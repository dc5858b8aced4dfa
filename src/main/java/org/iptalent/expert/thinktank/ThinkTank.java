package org.iptalent.expert.thinktank;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.RegionScoped;

/** A think tank: its name, region (000000 for a national one), host organisation, description and founding day. */
@Entity
@Table(name = "think_tank")
public class ThinkTank extends AbstractEntity implements RegionScoped {

    /** The region code of a national think tank, which only national administrators see. */
    public static final String NATIONAL = "000000";

    private String name;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    @Column(name = "host_organisation_id")
    private Long hostOrganisationId;
    private String description;
    @Column(name = "founded_on")
    private LocalDate foundedOn;

    protected ThinkTank() {
    }

    ThinkTank(ThinkTankInput input, String regionCode) {
        this.regionCode = regionCode;
        describe(input);
    }

    /** The think tank as given: the input has been checked by {@link ThinkTankRules}. */
    void describe(ThinkTankInput input) {
        this.name = input.name().strip();
        this.hostOrganisationId = input.hostOrganisationId();
        this.description = ThinkTankRules.blankToNull(input.description());
        this.foundedOn = input.foundedOn();
    }

    public String getName() {
        return name;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public Long getHostOrganisationId() {
        return hostOrganisationId;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }
}
