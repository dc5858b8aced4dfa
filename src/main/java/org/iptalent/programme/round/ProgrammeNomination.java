package org.iptalent.programme.round;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A province's nomination of a talent to a round, with its statement and achievements; proposed or not. */
@Entity
@Table(name = "programme_nomination")
public class ProgrammeNomination {

    public static final int STATEMENT_LENGTH = 2000;
    public static final int ACHIEVEMENTS_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "round_id")
    private long roundId;
    @Column(name = "talent_id")
    private long talentId;
    @Column(name = "province_code")
    private String provinceCode;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "employer_id")
    private Long employerId;
    private String statement;
    private String achievements;
    private boolean proposed;
    @Column(name = "nominated_by")
    private Long nominatedBy;
    @Column(name = "nominated_at")
    private Instant nominatedAt;

    protected ProgrammeNomination() {
    }

    ProgrammeNomination(long roundId, long talentId, String provinceCode, String regionCode, Long employerId,
            String statement, String achievements, long nominatedBy, Instant nominatedAt) {
        this.roundId = roundId;
        this.talentId = talentId;
        this.provinceCode = provinceCode;
        this.regionCode = regionCode;
        this.employerId = employerId;
        this.statement = statement;
        this.achievements = achievements;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = nominatedAt;
    }

    void propose() {
        this.proposed = true;
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getTalentId() {
        return talentId;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public String getStatement() {
        return statement;
    }

    public String getAchievements() {
        return achievements;
    }

    public boolean isProposed() {
        return proposed;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }
}
