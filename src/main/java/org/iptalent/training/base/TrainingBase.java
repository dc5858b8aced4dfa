package org.iptalent.training.base;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import org.iptalent.audit.Changes;
import org.iptalent.organisation.Organisation;
import org.iptalent.platform.FieldCipher;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.Masks;
import org.iptalent.shared.RegionScoped;

/**
 * A training base: designated nationally or locally, hosted by a registered organisation, located in a province or
 * prefecture city. Its status changes only through {@link #changeStatus} and {@link #confirmStatus}, which record
 * each step in its history and refuse what cannot happen (a revoked base is final). Other parts of the training
 * module read it (id, name, level, region, status, host) through {@link BaseAccess}; only this package changes it.
 */
@Entity
@Table(name = "training_base")
public class TrainingBase extends AbstractEntity implements RegionScoped {

    private String name;
    @Enumerated(EnumType.STRING)
    private BaseLevel level;
    private String regionCode;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_organisation_id")
    private Organisation hostOrganisation;
    private LocalDate designatedOn;
    @Enumerated(EnumType.STRING)
    private BaseStatus status;
    private String address;
    private String contactName;
    private String contactPhoneCipher;
    private String contactPhoneMasked;
    private String description;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_base_speciality", joinColumns = @JoinColumn(name = "training_base_id"))
    private Set<Speciality> specialities = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_base_manager", joinColumns = @JoinColumn(name = "training_base_id"))
    @Column(name = "user_id")
    private Set<Long> managerIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "base", cascade = CascadeType.PERSIST)
    @OrderBy("changedOn asc, id asc")
    private List<StatusChange> history = new ArrayList<>();

    protected TrainingBase() {
    }

    /** A newly designated base, its designation the first step of its history. */
    TrainingBase(String name, BaseLevel level, String regionCode, Organisation host, LocalDate designatedOn,
            String reason, Decider by) {
        this.name = Objects.requireNonNull(name);
        this.level = Objects.requireNonNull(level);
        this.regionCode = Objects.requireNonNull(regionCode);
        this.hostOrganisation = Objects.requireNonNull(host);
        this.designatedOn = Objects.requireNonNull(designatedOn);
        this.status = BaseStatus.DESIGNATED;
        history.add(new StatusChange(this, null, BaseStatus.DESIGNATED, designatedOn, requireReason(reason), by,
                null));
    }

    /** The name, region, host and designation date, as an administrator edits them; returns what changed. */
    Changes describe(String name, String regionCode, Organisation host, LocalDate designatedOn) {
        Changes changes = Changes.of().field("name", this.name, name).field("regionCode", this.regionCode, regionCode)
                .field("hostOrganisation", hostOrganisationId(), host.getId())
                .field("designatedOn", this.designatedOn, designatedOn);
        if (!Objects.equals(this.designatedOn, designatedOn)) {
            // the designation step is the designation: correcting its date moves it, which a later step forbids
            if (history.size() > 1) {
                throw new BusinessRuleException("designatedOn", "trainingBase.designatedOn.fixed");
            }
            history.get(0).correctDate(designatedOn);
        }
        this.name = name;
        this.regionCode = regionCode;
        this.hostOrganisation = host;
        this.designatedOn = designatedOn;
        return changes;
    }

    /** The contact details and description a base's manager keeps. */
    Changes updateContact(String address, String contactName, String description) {
        Changes changes = Changes.of().field("address", this.address, address)
                .field("contactName", this.contactName, contactName)
                .field("description", this.description, description);
        this.address = address;
        this.contactName = contactName;
        this.description = description;
        return changes;
    }

    /** Sets (or with null removes) the contact's phone, stored encrypted; the audit sees it masked. */
    Changes changePhone(String phone, FieldCipher cipher) {
        Changes changes = Changes.of();
        if (!Objects.equals(phone, cipher.decrypt(contactPhoneCipher))) {
            String masked = phone == null ? null : Masks.phone(phone);
            changes.field("contactPhone", contactPhoneMasked, masked);
            contactPhoneCipher = phone == null ? null : cipher.encrypt(phone);
            contactPhoneMasked = masked;
        }
        return changes;
    }

    /** Replaces the teams and categories the base trains; returns what changed, as codes. */
    Changes specialise(Set<Speciality> specialities) {
        Changes changes = Changes.of().field("specialities", codes(this.specialities), codes(specialities));
        this.specialities.retainAll(specialities);
        this.specialities.addAll(specialities);
        return changes;
    }

    /** Replaces the base's managers (accounts the service has checked); returns what changed, as ids. */
    Changes assignManagers(Set<Long> userIds) {
        Changes changes = Changes.of().field("managers", List.copyOf(managerIds), List.copyOf(userIds));
        managerIds.retainAll(userIds);
        managerIds.addAll(userIds);
        return changes;
    }

    /**
     * Moves the base to {@code target} and records the step: refused for a revoked base (final), for the status it
     * already has, without a reason, or dated before the last step.
     */
    StatusChange changeStatus(BaseStatus target, LocalDate on, String reason, Decider by, Long assessmentId) {
        if (status == BaseStatus.REVOKED) {
            throw new BusinessRuleException("status", "trainingBase.status.final");
        }
        if (!status.canBecome(target)) {
            throw new BusinessRuleException("status", "trainingBase.status.unchanged");
        }
        return record(target, on, reason, by, assessmentId);
    }

    /** Records an assessment's decision that keeps the status the base has (not for a revoked base). */
    StatusChange confirmStatus(LocalDate on, String reason, Decider by, long assessmentId) {
        if (status == BaseStatus.REVOKED) {
            throw new BusinessRuleException("status", "trainingBase.status.final");
        }
        return record(status, on, reason, by, assessmentId);
    }

    private StatusChange record(BaseStatus target, LocalDate on, String reason, Decider by, Long assessmentId) {
        Objects.requireNonNull(on);
        LocalDate last = history.stream().map(StatusChange::getChangedOn).max(LocalDate::compareTo).orElse(on);
        if (on.isBefore(last)) {
            throw new BusinessRuleException("changedOn", "trainingBase.status.beforeLast", last.toString());
        }
        StatusChange change = new StatusChange(this, status, target, on, requireReason(reason), by, assessmentId);
        history.add(change);
        status = target;
        return change;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "field.required");
        }
        return reason.trim();
    }

    /** Refuses new classes once the base is revoked. */
    public void requireActive() {
        if (!status.isActive()) {
            throw new BusinessRuleException(null, "trainingBase.revoked", name);
        }
    }

    public boolean isManagedBy(long userId) {
        return managerIds.contains(userId);
    }

    private static List<String> codes(Set<Speciality> specialities) {
        return specialities.stream().map(Speciality::getCode).sorted().collect(Collectors.toList());
    }

    private Long hostOrganisationId() {
        return hostOrganisation == null ? null : hostOrganisation.getId();
    }

    public String getName() {
        return name;
    }

    public BaseLevel getLevel() {
        return level;
    }

    /** Where the base is: a province or prefecture city, for a national base as for a local one. */
    @Override
    public String getRegionCode() {
        return regionCode;
    }

    /** The province the base is in. */
    public String getProvinceCode() {
        return regionCode.substring(0, 2) + "0000";
    }

    public Organisation getHostOrganisation() {
        return hostOrganisation;
    }

    public Long getHostOrganisationId() {
        return hostOrganisationId();
    }

    public LocalDate getDesignatedOn() {
        return designatedOn;
    }

    public BaseStatus getStatus() {
        return status;
    }

    public String getAddress() {
        return address;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhoneMasked() {
        return contactPhoneMasked;
    }

    public String getDescription() {
        return description;
    }

    public Set<Speciality> getSpecialities() {
        return Collections.unmodifiableSet(specialities);
    }

    public Set<Long> getManagerIds() {
        return Collections.unmodifiableSet(managerIds);
    }

    /** The status history, oldest first. */
    public List<StatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
