package org.iptalent.expert.pool;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScoped;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An expert of the pool: a talent of the registry appointed for a term, with categories, technical fields (IPC
 * classes) and roles. Its status moves in and out (appointed, suspended, expired, removed) with reasons, and a
 * blacklisted expert is never drawn until the blacklisting is lifted.
 */
@Entity
@Table(name = "expert")
public class Expert extends AbstractEntity implements RegionScoped {

    public enum Status {
        APPOINTED, SUSPENDED, EXPIRED, REMOVED
    }

    public enum Availability {
        AVAILABLE, LIMITED, UNAVAILABLE
    }

    /** What an expert may be engaged as. */
    public enum Duty {
        TECHNICAL_INVESTIGATOR, MEDIATOR, ADJUDICATION_EXPERT, THINK_TANK_MEMBER, EXAMINATION_EXPERT, TEACHER
    }

    public static final int REASON_LENGTH = 500;

    @Column(name = "talent_id", nullable = false, updatable = false)
    private long talentId;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    @Column(name = "province_code", nullable = false)
    private String provinceCode;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "term_starts_on", nullable = false)
    private LocalDate termStartsOn;
    @Column(name = "term_ends_on", nullable = false)
    private LocalDate termEndsOn;
    /** The duties, comma-separated in the enum's order (a handful, always read with the expert). */
    private String roles;
    private String languages;
    @Enumerated(EnumType.STRING)
    private Availability availability;
    private String achievements;
    private boolean blacklisted;
    /**
     * The talent's name and employer, copied from the registry for the search index and the list's cards: set when
     * appointed or described, and kept current by expert.search.ExpertNames (merges, organisations renamed or
     * merged, a periodic sweep against the registry).
     */
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "employer_name")
    private String employerName;

    @ElementCollection
    @CollectionTable(name = "expert_category_link", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "category_code")
    private Set<String> categories = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_field", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "ipc_class")
    private Set<String> fields = new TreeSet<>();

    protected Expert() {
    }

    Expert(long talentId, String regionCode, ExpertProfile profile, LocalDate termStartsOn, LocalDate termEndsOn) {
        this.talentId = talentId;
        this.status = Status.APPOINTED;
        this.blacklisted = false;
        locate(regionCode);
        describe(profile);
        this.termStartsOn = termStartsOn;
        this.termEndsOn = termEndsOn;
    }

    /** The profile an administrator (or the expert) keeps current. */
    void describe(ExpertProfile profile) {
        this.categories.clear();
        this.categories.addAll(profile.categories());
        this.fields.clear();
        this.fields.addAll(profile.ipcClasses());
        this.roles = Arrays.stream(Duty.values()).filter(profile.duties()::contains).map(Enum::name)
                .collect(Collectors.joining(","));
        this.languages = profile.languages();
        this.availability = profile.availability();
        this.achievements = profile.achievements();
    }

    /** The registry's name and employer of the talent, as the index and the cards show them. */
    void name(String displayName, String employerName) {
        this.displayName = displayName;
        this.employerName = employerName;
    }

    void locate(String regionCode) {
        this.regionCode = regionCode;
        this.provinceCode = regionCode.substring(0, 2) + "0000";
    }

    /** Suspended for a while (an investigation, say): not drawn, and reinstated with {@link #reinstate}. */
    void suspend(String reason) {
        requireStatus(Status.APPOINTED);
        this.status = Status.SUSPENDED;
        this.statusReason = reason;
    }

    void reinstate(String reason) {
        requireStatus(Status.SUSPENDED);
        this.status = Status.APPOINTED;
        this.statusReason = reason;
    }

    /** The term is over; a renewal appoints for a new term. */
    void expire() {
        requireStatus(Status.APPOINTED, Status.SUSPENDED);
        this.status = Status.EXPIRED;
        this.statusReason = null;
    }

    void remove(String reason) {
        if (status == Status.REMOVED) {
            throw new BusinessRuleException(null, "expert.status.already", named(status));
        }
        this.status = Status.REMOVED;
        this.statusReason = reason;
    }

    /** A new term from the day given: for an expert whose term ended or is about to. */
    void renew(LocalDate startsOn, LocalDate endsOn) {
        requireStatus(Status.APPOINTED, Status.EXPIRED);
        this.termStartsOn = startsOn;
        this.termEndsOn = endsOn;
        this.status = Status.APPOINTED;
        this.statusReason = null;
    }

    void blacklist(String reason) {
        if (blacklisted) {
            throw new BusinessRuleException(null, "expert.blacklist.already");
        }
        this.blacklisted = true;
        this.statusReason = reason;
    }

    void lift(String reason) {
        if (!blacklisted) {
            throw new BusinessRuleException(null, "expert.blacklist.notBlacklisted");
        }
        this.blacklisted = false;
        this.statusReason = reason;
    }

    private void requireStatus(Status... allowed) {
        if (!EnumSet.copyOf(Arrays.asList(allowed)).contains(status)) {
            throw new BusinessRuleException(null, "expert.status.notFrom", named(status));
        }
    }

    /** The status in the reader's words, resolved where the message is. */
    private static DefaultMessageSourceResolvable named(Status status) {
        return new DefaultMessageSourceResolvable("expert.status." + status.name());
    }

    public long getTalentId() {
        return talentId;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public Status getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public LocalDate getTermStartsOn() {
        return termStartsOn;
    }

    public LocalDate getTermEndsOn() {
        return termEndsOn;
    }

    public Set<Duty> getDuties() {
        Set<Duty> duties = new LinkedHashSet<>();
        if (roles != null && !roles.isEmpty()) {
            Arrays.stream(roles.split(",")).map(Duty::valueOf).forEach(duties::add);
        }
        return duties;
    }

    public String getLanguages() {
        return languages;
    }

    public Availability getAvailability() {
        return availability;
    }

    public String getAchievements() {
        return achievements;
    }

    public boolean isBlacklisted() {
        return blacklisted;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmployerName() {
        return employerName;
    }

    public Set<String> getCategories() {
        return Set.copyOf(categories);
    }

    public Set<String> getFields() {
        return Set.copyOf(fields);
    }

    /** The profile as given, for a form. */
    public ExpertProfile profile() {
        return new ExpertProfile(new TreeSet<>(categories), new TreeSet<>(fields), getDuties(), languages,
                availability, achievements);
    }

}
