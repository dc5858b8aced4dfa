package org.iptalent.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.iptalent.organisation.Organisation;
import org.iptalent.platform.search.ChineseAnalysis;
import org.iptalent.registry.Gender;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.RegionScoped;

/**
 * A person in the registry. Sensitive fields are stored encrypted, with a masked copy for display
 * and, for the identity number, a keyed hash for uniqueness; the entity never holds them in clear.
 */
@Entity
@Table(name = "talent")
@Indexed(index = "talent")
public class Talent extends AbstractEntity implements RegionScoped {

    public enum Status { ACTIVE, LEFT, RETIRED }

    public enum Source { MANUAL, IMPORT, API }

    @KeywordField(name = "name_sort", sortable = Sortable.YES, projectable = Projectable.YES)
    private String name;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Gender gender;
    private LocalDate birthDate;
    private String identityCipher;
    private String identityHash;
    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String identityMasked;
    private String mobileCipher;
    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String mobileMasked;
    private String emailCipher;
    private String emailMasked;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String education;
    @KeywordField(aggregable = Aggregable.YES)
    private String discipline;
    private String major;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    // renaming or merging an organisation replaces its staff's documents in bulk (OrganisationStaff)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Organisation employer;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String regionCode;
    @KeywordField(aggregable = Aggregable.YES)
    private String provinceCode;
    @KeywordField(aggregable = Aggregable.YES)
    private String industryCode;
    @KeywordField(name = "position_keyword", projectable = Projectable.YES, searchable = Searchable.NO)
    private String position;
    private String languages;
    private String internationalExperience;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Status status = Status.ACTIVE;
    @Enumerated(EnumType.STRING)
    private Source source;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Talent mergedInto;
    /** Hash of the imported data; cleared by a manual edit, so the next import writes again. */
    private String fingerprint;
    private Long lastImportId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "talent_category", joinColumns = @JoinColumn(name = "talent_id"))
    @IndexedEmbedded
    private Set<TalentCategory> categories = new LinkedHashSet<>();

    @OneToMany(mappedBy = "talent", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("issuedOn desc")
    @IndexedEmbedded(includePaths = "type")
    private Set<Qualification> qualifications = new LinkedHashSet<>();

    protected Talent() {
    }

    Talent(Source source) {
        this.source = source;
    }

    /**
     * Name, employer, major and position as one text, indexed once per analyzer: a query searches two
     * fields instead of eight, and its words may come from different parts of the record.
     */
    @FullTextField(name = "text", analyzer = ChineseAnalysis.CHINESE)
    @FullTextField(name = "text_bigram", analyzer = ChineseAnalysis.BIGRAM, searchAnalyzer = ChineseAnalysis.BIGRAM_QUERY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "name")),
        @ObjectPath(@PropertyValue(propertyName = "employer")), @ObjectPath(@PropertyValue(propertyName = "major")),
        @ObjectPath(@PropertyValue(propertyName = "position"))})
    public String getSearchText() {
        StringBuilder text = new StringBuilder(name == null ? "" : name);
        for (String part : new String[] {employer == null ? null : employer.getName(), major, position}) {
            if (part != null) {
                text.append(" \n").append(part);
            }
        }
        return text.toString();
    }

    /** For the list's employer column, straight from the index. */
    @KeywordField(name = "employerName", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "employer")))
    public String getEmployerName() {
        return employer == null ? null : employer.getName();
    }

    /** For the list's category column, straight from the index. */
    @KeywordField(name = "categoryCodes", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "categories")))
    public String getCategoryCodes() {
        return categories.stream().map(TalentCategory::getCategory).sorted()
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The city, for the city facet: the region when it is a prefecture, else none. */
    @KeywordField(aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regionCode")))
    public String getCityCode() {
        return regionCode == null || regionCode.endsWith("0000") ? null : regionCode;
    }

    /** Merged duplicates stay in the database for their history, but no longer in search. */
    @GenericField
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "mergedInto")))
    public boolean isMerged() {
        return mergedInto != null;
    }

    /** Newest first is the list's default order. */
    @Override
    @GenericField(name = "updated", sortable = Sortable.YES)
    public Instant getUpdatedAt() {
        return super.getUpdatedAt();
    }

    void setIdentity(String cipher, String hash, String masked) {
        this.identityCipher = cipher;
        this.identityHash = hash;
        this.identityMasked = masked;
    }

    void setMobile(String cipher, String masked) {
        this.mobileCipher = cipher;
        this.mobileMasked = masked;
    }

    void setEmail(String cipher, String masked) {
        this.emailCipher = cipher;
        this.emailMasked = masked;
    }

    void setPerson(String name, Gender gender, LocalDate birthDate) {
        this.name = name;
        this.gender = gender;
        this.birthDate = birthDate;
    }

    void setBackground(String education, String discipline, String major, String languages,
            String internationalExperience) {
        this.education = education;
        this.discipline = discipline;
        this.major = major;
        this.languages = languages;
        this.internationalExperience = internationalExperience;
    }

    void setWork(Organisation employer, String regionCode, String industryCode, String position) {
        this.employer = employer;
        this.regionCode = regionCode;
        this.provinceCode = regionCode.substring(0, 2) + "0000";
        this.industryCode = industryCode;
        this.position = position;
    }

    void clearFingerprint() {
        this.fingerprint = null;
    }

    void setStatus(Status status) {
        this.status = status;
    }

    void setCategories(Set<TalentCategory> categories) {
        // touching an unchanged collection would still bump the version and break idempotent upserts
        if (!this.categories.equals(categories)) {
            this.categories.clear();
            this.categories.addAll(categories);
        }
    }

    Qualification addQualification(String type, String titleLevel, String number, String issuer, LocalDate issuedOn,
            LocalDate expiresOn) {
        Qualification q = new Qualification(this, type, titleLevel, number, issuer, issuedOn, expiresOn);
        qualifications.add(q);
        return q;
    }

    boolean removeQualification(long qualificationId) {
        return qualifications.removeIf(q -> q.getId() != null && q.getId() == qualificationId);
    }

    void mergeInto(Talent survivor) {
        this.mergedInto = survivor;
        this.status = Status.LEFT;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    String getIdentityCipher() {
        return identityCipher;
    }

    public String getIdentityHash() {
        return identityHash;
    }

    public String getIdentityMasked() {
        return identityMasked;
    }

    String getMobileCipher() {
        return mobileCipher;
    }

    public String getMobileMasked() {
        return mobileMasked;
    }

    String getEmailCipher() {
        return emailCipher;
    }

    public String getEmailMasked() {
        return emailMasked;
    }

    public String getEducation() {
        return education;
    }

    public String getDiscipline() {
        return discipline;
    }

    public String getMajor() {
        return major;
    }

    public Organisation getEmployer() {
        return employer;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public String getPosition() {
        return position;
    }

    public String getLanguages() {
        return languages;
    }

    public String getInternationalExperience() {
        return internationalExperience;
    }

    public Status getStatus() {
        return status;
    }

    public Source getSource() {
        return source;
    }

    public Talent getMergedInto() {
        return mergedInto;
    }

    public Set<TalentCategory> getCategories() {
        return Set.copyOf(categories);
    }

    public List<Qualification> getQualifications() {
        return List.copyOf(qualifications);
    }
}
