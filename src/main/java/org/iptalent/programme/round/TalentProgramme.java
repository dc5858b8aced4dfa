package org.iptalent.programme.round;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A talent programme: national (the national office's) or a province's own (its provincial administrators'). */
@Entity
@Table(name = "talent_programme")
public class TalentProgramme {

    public static final String NATIONAL_REGION = "000000";

    public enum Level {
        NATIONAL, PROVINCIAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private Level level;
    @Column(name = "region_code")
    private String regionCode;
    private String description;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected TalentProgramme() {
    }

    TalentProgramme(String code, String name, Level level, String regionCode, String description, Instant now) {
        this.code = code;
        this.level = level;
        this.regionCode = level == Level.NATIONAL ? NATIONAL_REGION : regionCode;
        this.createdAt = now;
        describe(name, description, now);
    }

    void describe(String name, String description, Instant now) {
        this.name = name;
        this.description = description;
        this.updatedAt = now;
    }

    public boolean isNational() {
        return level == Level.NATIONAL;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Level getLevel() {
        return level;
    }

    /** {@code 000000} for a national programme, the province's code for a provincial one. */
    public String getRegionCode() {
        return regionCode;
    }

    public String getDescription() {
        return description;
    }
}
