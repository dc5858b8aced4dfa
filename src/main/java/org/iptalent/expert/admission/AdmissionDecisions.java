package org.iptalent.expert.admission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.admission.AdmissionApplication.State;
import org.iptalent.expert.admission.AdmissionHistory.Stage;
import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.category.ExpertCategory;
import org.iptalent.expert.pool.Appointment;
import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.ExpertProfile;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.pool.ExpertView;
import org.iptalent.publicnotice.PublicNoticeDraft;
import org.iptalent.publicnotice.PublicNoticeView;
import org.iptalent.publicnotice.PublicNotices;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions on applications: the first review (the talent's province or the national office), the re-review
 * (the national office), each with an opinion; a batch of re-reviewed applications published in one public notice
 * (the national office); the appointment once the notice closed, unless an objection to the entry stands. Each
 * decision written to the application's history, audited and told to the applicant.
 */
@Service
public class AdmissionDecisions {

    public static final String TOPIC = "expert-admission";
    /** The most applications one notice publishes. */
    public static final int MAX_BATCH = 500;

    private final AdmissionStore applications;
    private final ExpertAdmissions admissions;
    private final AdmissionRules rules;
    private final AdmissionHistory history;
    private final AdmissionNotices notices;
    private final PublicNotices publicNotices;
    private final ExpertRecords experts;
    private final ExpertCategories categories;
    private final AuditLog audit;
    private final Clock clock;

    AdmissionDecisions(AdmissionStore applications, ExpertAdmissions admissions, AdmissionRules rules,
            AdmissionHistory history, AdmissionNotices notices, PublicNotices publicNotices, ExpertRecords experts,
            ExpertCategories categories, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.admissions = admissions;
        this.rules = rules;
        this.history = history;
        this.notices = notices;
        this.publicNotices = publicNotices;
        this.experts = experts;
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The review the application is waiting for: the first (a provincial or national administrator of its region)
     * or the re-review (a national administrator); after the notice, a national administrator may still reject it
     * (an objection upheld). An opinion is required.
     */
    @Transactional
    public AdmissionView review(long id, boolean passed, String opinion) {
        CurrentUser user = CurrentUser.require();
        if (!(user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN))) {
            throw new AccessDeniedException("expert.admission.reviewersOnly");
        }
        AdmissionApplication application = locked(id);
        String text = AdmissionRules.opinion(opinion);
        Stage stage;
        switch (application.getState()) {
            case SUBMITTED -> {
                application.firstReview(passed);
                stage = Stage.FIRST_REVIEW;
            }
            case FIRST_REVIEW_PASSED, IN_NOTICE -> {
                if (!user.has(Role.NATIONAL_ADMIN)) {
                    throw new AccessDeniedException("expert.admission.nationalOnly");
                }
                if (application.getState() == State.IN_NOTICE) {
                    if (passed) {
                        throw new BusinessRuleException("passed", "expert.admission.appointInstead");
                    }
                    application.rejectAfterNotice();
                    stage = Stage.NOTICE;
                } else {
                    application.reReview(passed);
                    stage = Stage.RE_REVIEW;
                }
            }
            default -> throw new BusinessRuleException(null, "expert.admission.wrongState",
                    new DefaultMessageSourceResolvable(
                            "expert.admission.state." + application.getState().name()));
        }
        applications.saveAndFlush(application);
        // the message keys: firstReview.passed, reReview.rejected, notice.rejected...
        String decision = switch (stage) {
            case FIRST_REVIEW -> "firstReview";
            case RE_REVIEW -> "reReview";
            default -> "notice";
        } + (passed ? ".passed" : ".rejected");
        history.write(id, stage, passed, text, user.id(), user.displayName(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, ExpertAdmissions.ENTITY, id).region(application.getRegionCode())
                .message("expert.admission.audit." + decision, application.getTalentName(), text));
        notices.decided(application, "expert.admission.notice." + decision);
        return admissions.view(application);
    }

    /**
     * Publishes the re-reviewed applications given in one public notice (topic {@value #TOPIC}), national, for the
     * period given; each application then waits in the notice. Returns the notice's id.
     */
    @Transactional
    public long publish(List<Long> ids, String title, String body, LocalDate opensOn, LocalDate closesOn) {
        CurrentUser user = requireNational();
        List<Long> distinct = ids == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            throw new InvalidInputException(List.of(new Problem("ids", "expert.admission.noneSelected")));
        }
        if (distinct.size() > MAX_BATCH) {
            throw new InvalidInputException(List.of(new Problem("ids", "expert.admission.batchTooLarge",
                    List.of(String.valueOf(MAX_BATCH)))));
        }
        List<AdmissionApplication> batch = applications.lockAll(distinct);
        if (batch.size() != distinct.size()) {
            Set<Long> found = batch.stream().map(AdmissionApplication::getId).collect(Collectors.toSet());
            long missing = distinct.stream().filter(i -> !found.contains(i)).findFirst().orElseThrow();
            throw new RecordNotFoundException(ExpertAdmissions.ENTITY, missing);
        }
        for (AdmissionApplication a : batch) {
            if (a.getState() != State.RE_REVIEW_PASSED) {
                throw new BusinessRuleException("ids", "expert.admission.notReReviewed", a.getTalentName());
            }
        }
        List<PublicNoticeDraft.Entry> entries = batch.stream().map(a -> new PublicNoticeDraft.Entry(
                String.valueOf(a.getId()), a.getTalentName(), a.getEmployerName(), detail(a))).toList();
        long noticeId = publicNotices.publish(new PublicNoticeDraft(TOPIC, "expert-admission-" + distinct.get(0),
                "000000", title, body, entries, opensOn, closesOn));
        Instant now = clock.instant();
        for (AdmissionApplication a : batch) {
            a.publishedIn(noticeId);
            history.write(a.getId(), Stage.NOTICE, true, null, user.id(), user.displayName(), now);
            audit.record(AuditEvent.of(AuditAction.UPDATE, ExpertAdmissions.ENTITY, a.getId()).region(a.getRegionCode())
                    .message("expert.admission.audit.inNotice", a.getTalentName(), String.valueOf(noticeId)));
            notices.decided(a, "expert.admission.notice.inNotice");
        }
        applications.flush();
        return noticeId;
    }

    /**
     * Appoints the applicant for the term given, once its notice closed and no objection to it stands: the expert
     * profile is the application's proposal.
     */
    @Transactional
    public AdmissionView appoint(long id, LocalDate termStartsOn, LocalDate termEndsOn) {
        CurrentUser user = requireNational();
        AdmissionApplication application = locked(id);
        if (application.getState() != State.IN_NOTICE) {
            throw new BusinessRuleException(null, "expert.admission.wrongState",
                    new DefaultMessageSourceResolvable(
                            "expert.admission.state." + application.getState().name()));
        }
        PublicNoticeView notice = publicNotices.get(application.getNoticeId());
        if (!notice.closed()) {
            throw new BusinessRuleException(null, "expert.admission.noticeOpen", notice.closesOn().toString());
        }
        if (publicNotices.objectedReferences(notice.id()).contains(String.valueOf(id))) {
            throw new BusinessRuleException(null, "expert.admission.objected", application.getTalentName());
        }
        rules.requireNotInPool(application.getTalentId(), application.getTalentName());
        ExpertView expert = experts.appoint(new Appointment(application.getTalentId(), termStartsOn, termEndsOn,
                new ExpertProfile(application.getCategories(), application.getIpcClasses(), application.getDuties(),
                        null, Availability.AVAILABLE, application.getStatement())));
        application.appointed(expert.id());
        applications.saveAndFlush(application);
        history.write(id, Stage.APPOINTMENT, true, null, user.id(), user.displayName(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, ExpertAdmissions.ENTITY, id).region(application.getRegionCode())
                .message("expert.admission.audit.appointed", application.getTalentName(),
                        String.valueOf(expert.id())));
        notices.decided(application, "expert.admission.notice.appointed");
        return admissions.view(application);
    }

    private AdmissionApplication locked(long id) {
        ExpertAdmissions.requireAdministrator();
        AdmissionApplication application = applications.lock(id)
                .orElseThrow(() -> new RecordNotFoundException(ExpertAdmissions.ENTITY, id));
        return RegionScope.current().check(application, ExpertAdmissions.ENTITY, id);
    }

    private static CurrentUser requireNational() {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("expert.admission.nationalOnly");
        }
        return user;
    }

    /** The notice's detail for an entry: the categories proposed, by their Chinese names (the notice's language). */
    private String detail(AdmissionApplication a) {
        String names = a.getCategories().stream().map(c -> categories.find(c).map(ExpertCategory::nameZh).orElse(c))
                .collect(Collectors.joining(" / "));
        return names.length() > 500 ? names.substring(0, 500) : names;
    }
}
