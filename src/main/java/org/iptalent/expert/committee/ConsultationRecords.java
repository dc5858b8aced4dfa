package org.iptalent.expert.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.committee.ConsultationViews.ConsultationSummary;
import org.iptalent.expert.committee.ConsultationViews.ConsultationView;
import org.iptalent.expert.pool.Expert;
import org.iptalent.expert.pool.Experts;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.platform.file.UploadedFiles;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A committee's consultations for the administration that keeps the committee: drafted with documents, opened (sent
 * to every current member, each notified), reminded, closed at or after the deadline, summarised and archived.
 */
@Service
public class ConsultationRecords {

    static final String ENTITY = "Consultation";
    static final String TOPIC = "expertConsultation";
    static final UploadedFiles.Refusals DOCUMENT_REFUSALS = new UploadedFiles.Refusals("file", "field.required",
            "expert.consultation.fileTooLarge", "expert.consultation.fileKind");

    /** How many consultations a committee's page, and opinions a consultation's page, show at once. */
    public static final int CONSULTATIONS_PAGE = 10;
    public static final int OPINIONS_PAGE = 20;

    /** A committee's consultations as its page lists them, the latest first. */
    public static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    /** The opinions as the consultation's page lists them: in the order the members were asked. */
    public static final Sort ASKED_ORDER = Sort.by("id");

    /** A consultation's question and deadline. */
    public record Draft(String title, String question, Instant deadline) {
    }

    private final Consultations consultations;
    private final ConsultationOpinions opinions;
    private final ConsultationViews views;
    private final Committees committees;
    private final Experts experts;
    private final UploadedFiles files;
    private final TalentAccounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    ConsultationRecords(Consultations consultations, ConsultationOpinions opinions, ConsultationViews views,
            Committees committees, Experts experts, UploadedFiles files, TalentAccounts accounts,
            Notifications notifications, AuditLog audit, Clock clock) {
        this.consultations = consultations;
        this.opinions = opinions;
        this.views = views;
        this.committees = committees;
        this.experts = experts;
        this.files = files;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ConsultationSummary> list(long committeeId) {
        committees.inScope(committeeId);
        return consultations.findByCommitteeIdOrderByCreatedAtDesc(committeeId).stream()
                .map(c -> views.summary(c, opinions.findByConsultationIdOrderByIdAsc(c.getId()))).toList();
    }

    /** A page of the committee's consultations (see {@link #LATEST_FIRST}), each with how many answered. */
    @Transactional(readOnly = true)
    public Page<ConsultationSummary> list(long committeeId, Pageable pageable) {
        committees.inScope(committeeId);
        return consultations.findByCommitteeId(committeeId, pageable)
                .map(c -> views.summary(c, opinions.findByConsultationIdOrderByIdAsc(c.getId())));
    }

    @Transactional(readOnly = true)
    public ConsultationView get(long id) {
        return views.full(inScope(id, false));
    }

    /** The consultation with its tally but without its opinions, which {@link #opinions} pages. */
    @Transactional(readOnly = true)
    public ConsultationView head(long id) {
        return views.head(inScope(id, false));
    }

    /** A page of the opinions, for the administration in scope (a consultation may be sent to hundreds). */
    @Transactional(readOnly = true)
    public Page<ConsultationViews.OpinionView> opinions(long id, Pageable pageable) {
        inScope(id, false);
        Page<ConsultationOpinion> rows = opinions.findByConsultationId(id, pageable);
        return new PageImpl<>(views.opinions(rows.getContent()), pageable, rows.getTotalElements());
    }

    @Transactional
    public ConsultationView create(long committeeId, Draft draft) {
        AdvisoryCommittee committee = committees.inScope(committeeId);
        Draft checked = check(draft);
        Consultation c = consultations.saveAndFlush(new Consultation(committee, checked.title(), checked.question(),
                checked.deadline(), CurrentUser.require().id()));
        record(AuditAction.CREATE, c, "expert.consultation.audit.created", c.getTitle());
        return views.full(c);
    }

    @Transactional
    public ConsultationView revise(long id, Draft draft) {
        Consultation c = inScope(id, true);
        Draft checked = check(draft);
        c.revise(checked.title(), checked.question(), checked.deadline());
        return saved(c, "expert.consultation.audit.revised");
    }

    @Transactional
    public ConsultationView attach(long id, MultipartFile upload) {
        Consultation c = inScope(id, true);
        c.require(Consultation.State.DRAFT);
        UploadedFiles.Checked file = files.check(upload, DOCUMENT_REFUSALS, "document");
        c.attach(files.store(file, CurrentUser.require().id(), clock.instant()));
        return saved(c, "expert.consultation.audit.attached", file.name());
    }

    @Transactional
    public ConsultationView detach(long id, long fileId) {
        Consultation c = inScope(id, true);
        if (!c.detach(fileId)) {
            throw new RecordNotFoundException("UploadedFile", fileId);
        }
        consultations.flush();
        files.delete(fileId);
        return saved(c, "expert.consultation.audit.detached", String.valueOf(fileId));
    }

    /** Sends the consultation to every current member, each told by a notice (and e-mail) with the way to answer. */
    @Transactional
    public ConsultationView open(long id) {
        Consultation c = inScope(id, true);
        List<Long> members = committees.currentExperts(c.getCommitteeId());
        if (members.isEmpty()) {
            throw new BusinessRuleException(null, "expert.consultation.noMembers");
        }
        Instant now = clock.instant();
        c.open(now);
        opinions.saveAll(members.stream().map(e -> new ConsultationOpinion(c.getId(), e)).toList());
        notify(c, members, "expert.consultation.notice.opened", "expert-consultation-" + c.getId() + "-");
        return saved(c, "expert.consultation.audit.opened", String.valueOf(members.size()));
    }

    /** Reminds the members who have not answered yet; how many were reminded. */
    @Transactional
    public int remind(long id) {
        Consultation c = inScope(id, true);
        Instant now = clock.instant();
        c.requireAcceptsOpinions(now);
        List<ConsultationOpinion> waiting = opinions.findByConsultationIdOrderByIdAsc(id).stream()
                .filter(o -> !o.isAnswered()).toList();
        waiting.forEach(o -> o.reminded(now));
        int sent = notify(c, waiting.stream().map(ConsultationOpinion::getExpertId).toList(),
                "expert.consultation.notice.reminder", null);
        opinions.flush();
        record(AuditAction.UPDATE, c, "expert.consultation.audit.reminded", String.valueOf(waiting.size()));
        return sent;
    }

    @Transactional
    public ConsultationView close(long id) {
        Consultation c = inScope(id, true);
        c.close(clock.instant());
        return saved(c, "expert.consultation.audit.closed");
    }

    @Transactional
    public ConsultationView summarise(long id, String summary) {
        Consultation c = inScope(id, true);
        String text = summary == null ? "" : summary.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("summary", "field.required");
        }
        if (text.length() > Consultation.SUMMARY_LENGTH) {
            throw new BusinessRuleException("summary", "field.tooLong", Consultation.SUMMARY_LENGTH);
        }
        c.summarise(text);
        return saved(c, "expert.consultation.audit.summarised");
    }

    @Transactional
    public ConsultationView archive(long id) {
        Consultation c = inScope(id, true);
        c.archive(clock.instant());
        return saved(c, "expert.consultation.audit.archived");
    }

    /** A consultation the administrator's region holds (locked for a change), or a 404. */
    Consultation inScope(long id, boolean lock) {
        org.iptalent.expert.pool.ExpertRecords.requireAdministrator();
        return (lock ? consultations.lock(id) : consultations.findById(id))
                .filter(c -> RegionScope.current().includes(c.getRegionCode()))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    private int notify(Consultation c, List<Long> expertIds, String key, String dedupePrefix) {
        Map<Long, Long> talentOf = experts.findAllById(expertIds).stream()
                .collect(Collectors.toMap(Expert::getId, Expert::getTalentId));
        Map<Long, Long> accountOf = accounts.accountsOf(talentOf.values());
        List<Notice> notices = new ArrayList<>();
        for (Long expertId : expertIds) {
            Long user = accountOf.get(talentOf.get(expertId));
            if (user != null) {
                Notice notice = Notice.of(user, TOPIC, key, c.getTitle())
                        .linkedTo("/experts/committees/consultations/" + c.getId() + "/answer").byEmail();
                notices.add(dedupePrefix == null ? notice : notice.once(dedupePrefix + expertId));
            }
        }
        return notices.isEmpty() ? 0 : notifications.sendAll(notices);
    }

    private ConsultationView saved(Consultation c, String key, Object... args) {
        consultations.flush();
        record(AuditAction.UPDATE, c, key, args);
        return views.full(c);
    }

    private void record(AuditAction action, Consultation c, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = String.valueOf(c.getId());
        System.arraycopy(args, 0, all, 1, args.length);
        audit.record(AuditEvent.of(action, ENTITY, c.getId()).region(c.getRegionCode()).message(key, all));
    }

    private Draft check(Draft draft) {
        List<Problem> problems = new ArrayList<>();
        String title = draft.title() == null ? "" : draft.title().strip();
        String question = draft.question() == null ? "" : draft.question().strip();
        length(problems, "title", title, Consultation.TITLE_LENGTH);
        length(problems, "question", question, Consultation.QUESTION_LENGTH);
        if (draft.deadline() == null) {
            problems.add(new Problem("deadline", "field.required"));
        } else if (!draft.deadline().isAfter(clock.instant())) {
            problems.add(new Problem("deadline", "expert.consultation.deadlineInPast"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Draft(title, question, draft.deadline());
    }

    private static void length(List<Problem> problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(new Problem(field, "field.required"));
        } else if (value.length() > max) {
            problems.add(new Problem(field, "field.tooLong", List.of(max)));
        }
    }
}
