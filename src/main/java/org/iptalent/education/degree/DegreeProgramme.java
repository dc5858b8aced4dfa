package org.iptalent.education.degree;

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
import org.iptalent.shared.RegionScoped;

/** A university's IP degree programme of one level; it lies in the university's region. */
@Entity
@Table(name = "degree_programme")
public class DegreeProgramme implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "university_id")
    private long universityId;
    @Column(name = "region_code")
    private String regionCode;
    private String name;
    @Enumerated(EnumType.STRING)
    private DegreeLevel level;
    @Column(name = "first_year")
    private int firstYear;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected DegreeProgramme() {
    }

    DegreeProgramme(long universityId, String regionCode, String name, DegreeLevel level, int firstYear,
            Instant now) {
        this.universityId = universityId;
        this.regionCode = regionCode;
        this.name = name;
        this.level = level;
        this.firstYear = firstYear;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A year's figures changed: the programme's version moves so that two edits at once are told apart. */
    void touched(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getUniversityId() {
        return universityId;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public String getName() {
        return name;
    }

    public DegreeLevel getLevel() {
        return level;
    }

    public int getFirstYear() {
        return firstYear;
    }
}
