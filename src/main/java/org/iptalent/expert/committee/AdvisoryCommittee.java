package org.iptalent.expert.committee;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScoped;

/**
 * A standing advisory committee of experts with a term: the National IP Expert Advisory Committee (region
 * {@value #NATIONAL_REGION}, kept by national administrators) or a province's (the province's code, kept by that
 * province's administrators).
 */
@Entity
@Table(name = "advisory_committee")
public class AdvisoryCommittee extends AbstractEntity implements RegionScoped {

    public enum Level {
        NATIONAL, PROVINCIAL
    }

    public static final String NATIONAL_REGION = "000000";
    public static final int NAME_LENGTH = 200;

    private String name;
    @Enumerated(EnumType.STRING)
    private Level level;
    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;
    @Column(name = "term_starts_on", nullable = false)
    private LocalDate termStartsOn;
    @Column(name = "term_ends_on", nullable = false)
    private LocalDate termEndsOn;

    protected AdvisoryCommittee() {
    }

    AdvisoryCommittee(String name, Level level, String provinceCode, LocalDate termStartsOn, LocalDate termEndsOn) {
        if (termEndsOn.isBefore(termStartsOn)) {
            throw new BusinessRuleException("termEndsOn", "expert.committee.termBackwards");
        }
        this.name = name;
        this.level = level;
        this.regionCode = level == Level.NATIONAL ? NATIONAL_REGION : provinceCode;
        this.termStartsOn = termStartsOn;
        this.termEndsOn = termEndsOn;
    }

    /** Whether a member's term lies within the committee's. */
    boolean covers(LocalDate startsOn, LocalDate endsOn) {
        return !startsOn.isBefore(termStartsOn) && !endsOn.isAfter(termEndsOn);
    }

    public String getName() {
        return name;
    }

    public Level getLevel() {
        return level;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getTermStartsOn() {
        return termStartsOn;
    }

    public LocalDate getTermEndsOn() {
        return termEndsOn;
    }
}
