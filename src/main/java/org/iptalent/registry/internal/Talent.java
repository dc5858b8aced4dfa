package org.iptalent.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
import org.iptalent.audit.Changes;
import org.iptalent.organisation.Organisation;
import org.iptalent.platform.FieldCipher;
import org.iptalent.platform.search.ChineseAnalysis;
import org.iptalent.registry.Gender;
import org.iptalent.registry.IdentityNumber;
import org.iptalent.registry.TalentInput;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.Masks;
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
    /** When the status last went from ACTIVE to LEFT or RETIRED; none while active (the table checks both agree). */
    private Instant leftAt;
    @Enumerated(EnumType.STRING)
    private Source source;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Talent mergedInto;
    /** Hash of the imported data; cleared by a manual edit, so the next import writes again. */
    private String fingerprint;
    /**
     * The import that last wrote this talent. Indexed so that searches can leave out the documents an import
     * writes while its transaction is still open (PendingImports), and purge them when it rolls back.
     */
    @GenericField(name = "importJob")
    private Long lastImportId;
    /** Only on a search copy built from an import's rows: the employer's name, without the organisation. */
    @jakarta.persistence.Transient
    private String employerNameCopy;

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
     * What a row an import is writing will be once committed, as its search document needs it, built from the
     * checked row in memory instead of read back: every field the index holds, as the import's SQL writes it. Never
     * persisted; {@code writtenAt} is the import transaction's time, which the rows get as created and updated.
     */
    public static Talent searchCopy(long id, TalentInput in, Set<TalentCategory> categories, String qualificationType,
            String qualificationNumber, String employerName, long importId, Instant writtenAt) {
        Talent t = new Talent(Source.IMPORT);
        t.copyIdentity(id, writtenAt, writtenAt);
        t.name = in.name().trim();
        t.gender = Gender.valueOf(in.gender() != null ? in.gender()
                : IdentityNumber.gender(in.identityNumber()).name());
        t.identityMasked = Masks.identityNumber(in.identityNumber());
        t.mobileMasked = in.mobile() == null ? null : Masks.phone(in.mobile().trim());
        t.education = in.education();
        t.discipline = in.discipline();
        t.major = trimToNull(in.major());
        t.employerNameCopy = employerName;
        t.regionCode = in.regionCode();
        t.provinceCode = in.regionCode().substring(0, 2) + "0000";
        t.industryCode = in.industryCode();
        t.position = trimToNull(in.position());
        t.categories.addAll(categories);
        if (qualificationType != null) {
            t.qualifications.add(new Qualification(t, qualificationType, null, qualificationNumber, null, null, null));
        }
        t.lastImportId = importId;
        return t;
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
        for (String part : new String[] {getEmployerName(), major, position}) {
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
        return employer == null ? employerNameCopy : employer.getName();
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

    /**
     * What the service found an input to name, once it validated it: the identity number (normalised, in clear
     * only while the change is applied) and its lookup hash, the employer, and the categories with their teams.
     */
    record Resolved(String identity, String identityHash, Organisation employer, Set<TalentCategory> categories) {
    }

    /**
     * Applies a validated input and returns what it changed, as the audit log keeps it: unchanged fields are left
     * out (nothing changed is empty), the identity number, phone and e-mail appear only masked. A talent being
     * created changes from nothing. The form and the API send the whole record, so a blank optional field clears its
     * value; a blank gender is the identity number's, and a blank status keeps the current one. A change clears the
     * import fingerprint, so the next import of the same row writes again.
     */
    Changes update(TalentInput in, Resolved resolved, FieldCipher cipher) {
        boolean creating = identityHash == null;
        Changes changes = Changes.of();
        changePerson(in, resolved, changes);
        changeContacts(in, resolved, cipher, changes);

        String newEducation = trimToNull(in.education());
        String newDiscipline = trimToNull(in.discipline());
        String newMajor = trimToNull(in.major());
        String newLanguages = trimToNull(in.languages());
        String newExperience = trimToNull(in.internationalExperience());
        changes.field("education", education, newEducation).field("discipline", discipline, newDiscipline)
                .field("major", major, newMajor).field("languages", languages, newLanguages)
                .field("internationalExperience", internationalExperience, newExperience);
        education = newEducation;
        discipline = newDiscipline;
        major = newMajor;
        languages = newLanguages;
        internationalExperience = newExperience;

        String newRegion = in.regionCode().trim();
        String newIndustry = trimToNull(in.industryCode());
        String newPosition = trimToNull(in.position());
        Organisation newEmployer = resolved.employer();
        changes.field("employer", getEmployerName(), newEmployer == null ? null : newEmployer.getName())
                .field("regionCode", regionCode, newRegion).field("industryCode", industryCode, newIndustry)
                .field("position", position, newPosition);
        employer = newEmployer;
        regionCode = newRegion;
        provinceCode = newRegion.substring(0, 2) + "0000";
        industryCode = newIndustry;
        position = newPosition;

        changes.field("categories", getCategoryCodes(), resolved.categories().stream().map(TalentCategory::getCategory)
                .sorted().collect(java.util.stream.Collectors.joining(",")));
        setCategories(resolved.categories());
        Status newStatus = blank(in.status()) ? status : Status.valueOf(in.status().trim());
        changes.field("status", creating ? null : status, newStatus);
        changeStatus(newStatus);
        if (!changes.isEmpty()) {
            fingerprint = null;
        }
        return changes;
    }

    private void changePerson(TalentInput in, Resolved resolved, Changes changes) {
        String newName = in.name().trim();
        Gender newGender = blank(in.gender()) ? IdentityNumber.gender(resolved.identity())
                : Gender.valueOf(in.gender().trim());
        LocalDate newBirthDate = IdentityNumber.birthDate(resolved.identity());
        changes.field("name", name, newName).field("gender", gender, newGender)
                .field("birthDate", birthDate, newBirthDate);
        name = newName;
        gender = newGender;
        birthDate = newBirthDate;
    }

    /** The sensitive fields: compared in clear, stored encrypted, and changed only when their clear value does. */
    private void changeContacts(TalentInput in, Resolved resolved, FieldCipher cipher, Changes changes) {
        if (!resolved.identityHash().equals(identityHash)) {
            String masked = Masks.identityNumber(resolved.identity());
            changes.field("identityNumber", identityMasked, masked);
            identityCipher = cipher.encrypt(resolved.identity());
            identityHash = resolved.identityHash();
            identityMasked = masked;
        }
        String newMobile = trimToNull(in.mobile());
        if (!Objects.equals(newMobile, cipher.decrypt(mobileCipher))) {
            String masked = Masks.phone(newMobile);
            changes.field("mobile", mobileMasked, masked);
            mobileCipher = cipher.encrypt(newMobile);
            mobileMasked = masked;
        }
        String newEmail = trimToNull(in.email());
        if (!Objects.equals(newEmail, cipher.decrypt(emailCipher))) {
            String masked = Masks.email(newEmail);
            changes.field("email", emailMasked, masked);
            emailCipher = cipher.encrypt(newEmail);
            emailMasked = masked;
        }
    }

    public static String trimToNull(String value) {
        return blank(value) ? null : value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    void clearFingerprint() {
        this.fingerprint = null;
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
        changeStatus(Status.LEFT);
    }

    /**
     * The status, with the time the talent left: set when it leaves ACTIVE (a move between LEFT and RETIRED keeps the
     * first leaving), cleared when it comes back. The plan's indicators count a talent up to that time.
     */
    private void changeStatus(Status newStatus) {
        if (newStatus == Status.ACTIVE) {
            leftAt = null;
        } else if (status == Status.ACTIVE || leftAt == null) {
            leftAt = Instant.now();
        }
        status = newStatus;
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

    public String getIdentityCipher() {
        return identityCipher;
    }

    public String getIdentityHash() {
        return identityHash;
    }

    public String getIdentityMasked() {
        return identityMasked;
    }

    public String getMobileCipher() {
        return mobileCipher;
    }

    public String getMobileMasked() {
        return mobileMasked;
    }

    public String getEmailCipher() {
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

    public Instant getLeftAt() {
        return leftAt;
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
