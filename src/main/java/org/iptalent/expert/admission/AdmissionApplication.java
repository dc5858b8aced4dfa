package org.iptalent.expert.admission;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScoped;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A talent's application to the expert pool, nominated by an administration or made by the talent with evidence. It
 * moves through a first review and a re-review, a public notice and the appointment, or ends rejected or withdrawn;
 * each move only from the state it belongs to.
 */
@Entity
@Table(name = "expert_application")
public class AdmissionApplication extends AbstractEntity implements RegionScoped {

    public enum Kind {
        NOMINATION, SELF_APPLICATION
    }

    public enum State {
        SUBMITTED, FIRST_REVIEW_PASSED, RE_REVIEW_PASSED, IN_NOTICE, APPOINTED, REJECTED, WITHDRAWN;

        /** Still under way: the talent cannot apply again. */
        public boolean isOpen() {
            return this != APPOINTED && this != REJECTED && this != WITHDRAWN;
        }
    }

    static final int STATEMENT_LENGTH = 4000;

    @Column(name = "talent_id", updatable = false)
    private long talentId;
    @Column(name = "region_code", updatable = false)
    private String regionCode;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private State state;
    /** Category codes, comma-separated, sorted. */
    private String categories;
    @Column(name = "ipc_classes")
    private String ipcClasses;
    /** Duties, comma-separated in the enum's order. */
    private String duties;
    private String statement;
    @Column(name = "talent_name")
    private String talentName;
    @Column(name = "employer_name")
    private String employerName;
    @Column(name = "submitted_by", updatable = false)
    private long submittedBy;
    @Column(name = "notice_id")
    private Long noticeId;
    @Column(name = "expert_id")
    private Long expertId;

    protected AdmissionApplication() {
    }

    AdmissionApplication(long talentId, String regionCode, Kind kind, Set<String> categories, Set<String> ipcClasses,
            Set<Duty> duties, String statement, String talentName, String employerName, long submittedBy) {
        this.talentId = talentId;
        this.regionCode = regionCode;
        this.kind = kind;
        this.state = State.SUBMITTED;
        this.categories = String.join(",", new TreeSet<>(categories));
        this.ipcClasses = String.join(",", new TreeSet<>(ipcClasses));
        this.duties = Arrays.stream(Duty.values()).filter(duties::contains).map(Enum::name)
                .collect(Collectors.joining(","));
        this.statement = statement;
        this.talentName = talentName;
        this.employerName = employerName;
        this.submittedBy = submittedBy;
    }

    /** The first review's decision: passed on to the re-review, or rejected. */
    void firstReview(boolean passed) {
        requireState(State.SUBMITTED);
        state = passed ? State.FIRST_REVIEW_PASSED : State.REJECTED;
    }

    /** The re-review's decision: ready for the public notice, or rejected. */
    void reReview(boolean passed) {
        requireState(State.FIRST_REVIEW_PASSED);
        state = passed ? State.RE_REVIEW_PASSED : State.REJECTED;
    }

    void publishedIn(long notice) {
        requireState(State.RE_REVIEW_PASSED);
        this.noticeId = notice;
        this.state = State.IN_NOTICE;
    }

    /** Rejected after the notice (an objection upheld). */
    void rejectAfterNotice() {
        requireState(State.IN_NOTICE);
        state = State.REJECTED;
    }

    void appointed(long expert) {
        requireState(State.IN_NOTICE);
        this.expertId = expert;
        this.state = State.APPOINTED;
    }

    /** The applicant takes the application back, before anyone reviewed it. */
    void withdraw() {
        requireState(State.SUBMITTED);
        state = State.WITHDRAWN;
    }

    private void requireState(State... allowed) {
        if (!EnumSet.copyOf(Arrays.asList(allowed)).contains(state)) {
            throw new BusinessRuleException(null, "expert.admission.wrongState",
                    new DefaultMessageSourceResolvable("expert.admission.state." + state.name()));
        }
    }

    public long getTalentId() {
        return talentId;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public Kind getKind() {
        return kind;
    }

    public State getState() {
        return state;
    }

    public Set<String> getCategories() {
        return split(categories);
    }

    public Set<String> getIpcClasses() {
        return split(ipcClasses);
    }

    public Set<Duty> getDuties() {
        return split(duties).stream().map(Duty::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public String getStatement() {
        return statement;
    }

    public String getTalentName() {
        return talentName;
    }

    public String getEmployerName() {
        return employerName;
    }

    public long getSubmittedBy() {
        return submittedBy;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public Long getExpertId() {
        return expertId;
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? new LinkedHashSet<>()
                : Arrays.stream(joined.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
