package org.iptalent.expert.admission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.admission.AdmissionApplication.Kind;
import org.iptalent.expert.admission.AdmissionApplication.State;
import org.iptalent.expert.admission.AdmissionHistory.Stage;
import org.iptalent.platform.file.UploadedFiles;
import org.iptalent.platform.file.UploadedFiles.StoredFile;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Applications to the expert pool as they are made and read: nominated by an administration for a talent of its
 * region, or made by a signed-in talent for itself with evidence; withdrawn by the applicant before review; the
 * queue of the administrator's region by state; one application for its reviewers or its applicant.
 */
@Service
public class ExpertAdmissions {

    public static final String ENTITY = "ExpertApplication";
    /** The most evidence files one application carries. */
    public static final int MAX_EVIDENCE = 5;
    static final UploadedFiles.Refusals EVIDENCE = new UploadedFiles.Refusals("evidence",
            "expert.admission.evidenceRequired", "expert.admission.evidenceTooLarge", "expert.admission.evidenceKind");

    private final AdmissionStore applications;
    private final AdmissionRules rules;
    private final AdmissionHistory history;
    private final TalentRegistry registry;
    private final TalentAccounts accounts;
    private final UploadedFiles files;
    private final AuditLog audit;
    private final Clock clock;

    ExpertAdmissions(AdmissionStore applications, AdmissionRules rules, AdmissionHistory history,
            TalentRegistry registry, TalentAccounts accounts, UploadedFiles files, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.rules = rules;
        this.history = history;
        this.registry = registry;
        this.accounts = accounts;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An administrator nominates a talent of its region; a signed-in talent applies for itself, with at least one
     * evidence file. Every problem at once; a talent in the pool or with an application under way is refused.
     */
    @Transactional
    public AdmissionView submit(AdmissionInput input, List<MultipartFile> evidence) {
        CurrentUser user = CurrentUser.require();
        List<MultipartFile> uploads = evidence == null ? List.of()
                : evidence.stream().filter(f -> f != null && !f.isEmpty()).toList();
        boolean administrator = isAdministrator(user);
        Kind kind = administrator ? Kind.NOMINATION : Kind.SELF_APPLICATION;
        List<Problem> problems = new ArrayList<>();
        long talentId;
        String region = null;
        String name = null;
        String employer = null;
        if (administrator) {
            Optional<TalentView> talent = input.talentId() == null ? Optional.empty()
                    : registry.find(input.talentId()).filter(t -> user.scope().includes(t.regionCode()));
            if (input.talentId() == null) {
                problems.add(new Problem("talentId", "field.required"));
            } else if (talent.isEmpty() || talent.get().mergedIntoId() != null) {
                problems.add(new Problem("talentId", "expert.talentUnknown", List.of(String.valueOf(input.talentId()))));
            } else {
                region = talent.get().regionCode();
                name = talent.get().name();
                employer = talent.get().employerName();
            }
            talentId = input.talentId() == null ? 0 : input.talentId();
        } else if (user.has(Role.TALENT)) {
            talentId = accounts.talentOf(user.id())
                    .orElseThrow(() -> new AccessDeniedException("expert.admission.noTalentRecord"));
            TalentCard card = registry.cards(List.of(talentId)).get(talentId);
            if (card == null) {
                throw new AccessDeniedException("expert.admission.noTalentRecord");
            }
            region = card.regionCode();
            name = card.name();
            employer = card.employerName();
            if (uploads.isEmpty()) {
                problems.add(new Problem("evidence", "expert.admission.evidenceRequired"));
            }
        } else {
            throw new AccessDeniedException("expert.admission.applicantsOnly");
        }
        if (uploads.size() > MAX_EVIDENCE) {
            problems.add(new Problem("evidence", "expert.admission.tooManyFiles", List.of(String.valueOf(MAX_EVIDENCE))));
        }
        AdmissionInput normalised = new AdmissionInput(talentId, input.categories(), input.ipcClasses().stream()
                .map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).collect(Collectors.toSet()),
                input.duties(), input.statement());
        rules.check(normalised, region, problems);
        AdmissionRules.throwIfAny(problems);
        List<UploadedFiles.Checked> checked = uploads.stream().map(f -> files.check(f, EVIDENCE, "evidence")).toList();
        rules.requireNotInPool(talentId, name);
        requireNoneOpen(talentId, name);
        String statement = normalised.statement() == null || normalised.statement().isBlank() ? null
                : normalised.statement().strip();
        AdmissionApplication application = new AdmissionApplication(talentId, region, kind, normalised.categories(),
                normalised.ipcClasses(), normalised.duties(), statement, name, employer, user.id());
        try {
            applications.saveAndFlush(application);
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("expert.admission.alreadyOpen", name);
        }
        Instant now = clock.instant();
        for (UploadedFiles.Checked file : checked) {
            history.attach(application.getId(), files.store(file, user.id(), now));
        }
        history.write(application.getId(), Stage.SUBMISSION, true, null, user.id(), user.displayName(), now);
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, application.getId()).region(region)
                .message(kind == Kind.NOMINATION ? "expert.admission.audit.nominated"
                        : "expert.admission.audit.applied", name, String.valueOf(checked.size())));
        return view(application);
    }

    /** The applicant (the talent, or the nominating administration) takes the application back before review. */
    @Transactional
    public AdmissionView withdraw(long id) {
        CurrentUser user = CurrentUser.require();
        AdmissionApplication application = applications.lock(id)
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        boolean own = isOwn(user, application);
        boolean nominator = application.getKind() == Kind.NOMINATION && isAdministrator(user)
                && user.scope().includes(application.getRegionCode());
        if (!own && !nominator) {
            throw new RecordNotFoundException(ENTITY, id);
        }
        application.withdraw();
        applications.saveAndFlush(application);
        history.write(id, Stage.WITHDRAWAL, false, null, user.id(), user.displayName(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(application.getRegionCode())
                .message("expert.admission.audit.withdrawn", application.getTalentName()));
        return view(application);
    }

    /** The region's applications in a state (any, when null), the oldest first: a queue. */
    @Transactional(readOnly = true)
    public Page<AdmissionApplication> queue(State state, Pageable page) {
        CurrentUser user = requireAdministrator();
        Specification<AdmissionApplication> spec = user.scope().specification("regionCode");
        if (state != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), state));
        }
        return applications.findAll(spec, page);
    }

    /** One application, for an administrator of its region or its applicant; anyone else's is not found. */
    @Transactional(readOnly = true)
    public AdmissionView get(long id) {
        return view(visible(id));
    }

    /** The signed-in talent's own applications, the latest first. */
    @Transactional(readOnly = true)
    public List<AdmissionView> mine() {
        CurrentUser user = CurrentUser.require();
        return accounts.talentOf(user.id()).map(t -> applications.findByTalentIdOrderByIdDesc(t).stream()
                .map(this::view).toList()).orElse(List.of());
    }

    /** An evidence file of an application the reader may see. */
    @Transactional(readOnly = true)
    public StoredFile evidence(long id, long fileId) {
        visible(id);
        if (!history.evidence(id).contains(fileId)) {
            throw new RecordNotFoundException("UploadedFile", fileId);
        }
        return files.content(fileId).orElseThrow(() -> new RecordNotFoundException("UploadedFile", fileId));
    }

    AdmissionApplication visible(long id) {
        CurrentUser user = CurrentUser.require();
        AdmissionApplication application = applications.findById(id)
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        if (isOwn(user, application)) {
            return application;
        }
        if (!isAdministrator(user)) {
            throw new RecordNotFoundException(ENTITY, id);
        }
        return RegionScope.current().check(application, ENTITY, id);
    }

    AdmissionView view(AdmissionApplication a) {
        return new AdmissionView(a.getId(), a.getVersion(), a.getTalentId(), a.getTalentName(), a.getEmployerName(),
                a.getRegionCode(), a.getKind(), a.getState(), a.getCategories(), a.getIpcClasses(), a.getDuties(),
                a.getStatement(), a.getNoticeId(), a.getExpertId(), a.getCreatedAt(), history.of(a.getId()),
                files.describe(history.evidence(a.getId())));
    }

    private void requireNoneOpen(long talentId, String name) {
        if (applications.findByTalentIdOrderByIdDesc(talentId).stream().anyMatch(a -> a.getState().isOpen())) {
            throw new ConflictException("expert.admission.alreadyOpen", name);
        }
    }

    private boolean isOwn(CurrentUser user, AdmissionApplication application) {
        return user.has(Role.TALENT) && accounts.talentOf(user.id()).filter(t -> t == application.getTalentId())
                .isPresent();
    }

    static boolean isAdministrator(CurrentUser user) {
        return (user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN))
                && !user.scope().isNothing();
    }

    static CurrentUser requireAdministrator() {
        CurrentUser user = CurrentUser.require();
        if (!isAdministrator(user)) {
            throw new AccessDeniedException("expert.administratorsOnly");
        }
        return user;
    }
}
