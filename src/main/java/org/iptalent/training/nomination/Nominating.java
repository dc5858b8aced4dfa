package org.iptalent.training.nomination;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.iptalent.training.enrollment.Enrolling;
import org.iptalent.training.enrollment.Enrollment;
import org.iptalent.training.enrollment.Enrollments;
import org.iptalent.training.enrollment.Placement;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.offering.TrainingClasses;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes filled by nomination: the national office sets a quota per province, each provincial administrator
 * nominates talents of their province within it (and may withdraw a nomination until it is decided), the national
 * office selects or declines each, and enrols those selected (a full class puts the rest on its waiting list).
 * Nominations of one class are decided one at a time: every change locks the class's row first.
 */
@Service
public class Nominating {

    public static final String ENTITY = "Nomination";

    private final Nominations nominations;
    private final NominationQuotas quotas;
    private final TrainingClasses classes;
    private final Enrollments enrollments;
    private final Enrolling enrolling;
    private final TalentRegistry registry;
    private final TalentAccounts accounts;
    private final Notifications notifications;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    Nominating(Nominations nominations, NominationQuotas quotas, TrainingClasses classes, Enrollments enrollments,
            Enrolling enrolling, TalentRegistry registry, TalentAccounts accounts, Notifications notifications,
            ReferenceData reference, AuditLog audit, Clock clock) {
        this.nominations = nominations;
        this.quotas = quotas;
        this.classes = classes;
        this.enrollments = enrollments;
        this.enrolling = enrolling;
        this.registry = registry;
        this.accounts = accounts;
        this.notifications = notifications;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** The classes filled by nomination, latest first, with the quotas and nominations the administrator has a part in. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<NominatedClass> nominatedClasses(
            org.springframework.data.domain.Pageable pageable) {
        CurrentUser user = requireAdministrator();
        String province = user.has(Role.NATIONAL_ADMIN) ? null : provinceOf(user);
        var page = classes.findAll((root, query, cb) -> cb.equal(root.get("filling"), Filling.NOMINATION), pageable);
        Map<Long, long[]> summary = quotas.summary(page.getContent().stream().map(TrainingClass::getId).toList(),
                province);
        return page.map(c -> {
            long[] s = summary.getOrDefault(c.getId(), new long[3]);
            return new NominatedClass(c.getId(), c.getTitle(), c.getRegionCode(), c.getStartsOn(), c.getEndsOn(),
                    c.getStatus().name(), c.getCapacity(), s[0], s[1], s[2]);
        });
    }

    /**
     * Talents of the provincial administrator's province a registry search finds, to nominate: a search matching
     * more than {@code limit} is refused, to be narrowed.
     */
    @Transactional(readOnly = true)
    public List<TalentCard> candidates(long classId, String q, int limit) {
        CurrentUser user = requireAdministrator();
        String province = provinceOf(user);
        nominatedClass(classId);
        if (q == null || q.isBlank()) {
            return List.of();
        }
        try {
            return registry.cohort(new org.iptalent.registry.TalentCriteria(q.trim(), province, null, null, null, null,
                    null, null, null, null, null), limit);
        } catch (BusinessRuleException e) {
            if ("talent.cohort.tooLarge".equals(e.messageKey())) {
                throw new BusinessRuleException("q", "nomination.search.tooMany", limit);
            }
            throw e;
        }
    }

    /** The class's nominations as the current administrator sees them. */
    @Transactional(readOnly = true)
    public NominationBoard board(long classId) {
        CurrentUser user = requireAdministrator();
        TrainingClass trainingClass = nominatedClass(classId);
        String province = user.has(Role.NATIONAL_ADMIN) ? null : provinceOf(user);
        Map<String, Integer> quotaOf = quotas.of(classId);
        List<Nomination> list = nominations.ofClass(classId, province);
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Nomination n : list) {
            counts.computeIfAbsent(n.getProvinceCode(), k -> new long[Nomination.Status.values().length])
                    [n.getStatus().ordinal()]++;
        }
        List<ProvinceQuota> provinces = new ArrayList<>();
        for (Division each : reference.provinces()) {
            String code = each.code();
            if (province != null && !province.equals(code)) {
                continue;
            }
            long[] c = counts.getOrDefault(code, new long[Nomination.Status.values().length]);
            Integer quota = quotaOf.get(code);
            if (quota == null && counts.get(code) == null && province == null) {
                continue;
            }
            provinces.add(new ProvinceQuota(code, quota == null ? 0 : quota, c[Nomination.Status.NOMINATED.ordinal()],
                    c[Nomination.Status.SELECTED.ordinal()], c[Nomination.Status.ENROLLED.ordinal()],
                    c[Nomination.Status.DECLINED.ordinal()], c[Nomination.Status.WITHDRAWN.ordinal()]));
        }
        Map<Long, TalentCard> cards = registry.cards(list.stream().map(Nomination::getTalentId).toList());
        Map<Long, String> placed = new java.util.HashMap<>();
        enrollments.findAllById(list.stream().map(Nomination::getEnrollmentId).filter(java.util.Objects::nonNull)
                .toList()).forEach(e -> placed.put(e.getId(), e.getStatus().name()));
        List<NominationView> views = list.stream().map(n -> NominationView.of(n, name(cards.get(n.getTalentId())),
                employer(cards.get(n.getTalentId())), n.getEnrollmentId() == null ? null
                        : placed.get(n.getEnrollmentId()))).toList();
        return new NominationBoard(classId, trainingClass.getTitle(), trainingClass.getStatus().name(),
                trainingClass.getCapacity(), enrollments.placesTaken(classId), province == null, province, provinces,
                views);
    }

    /** The national office sets the quotas of provinces (each given province; the others stay as they are). */
    @Transactional
    public void setQuotas(long classId, Map<String, Integer> requested) {
        CurrentUser user = requireNational();
        TrainingClass trainingClass = lockNominated(classId);
        requireOpen(trainingClass);
        Map<String, Integer> current = quotas.of(classId);
        List<Problem> problems = new ArrayList<>();
        Instant now = clock.instant();
        Map<String, Integer> changes = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : requested.entrySet()) {
            String province = entry.getKey();
            int quota = entry.getValue() == null ? 0 : entry.getValue();
            Optional<Division> division = reference.division(province).filter(Division::isProvince);
            if (division.isEmpty()) {
                problems.add(new Problem("quotas", ReferenceData.UNKNOWN_CODE, List.of(province)));
                continue;
            }
            long holding = nominations.countHolding(classId, province, Nomination.Status.HOLDING_QUOTA);
            try {
                QuotaRule.checkQuota(reference.regionName(province, LocaleContextHolder.getLocale()), quota, holding);
            } catch (BusinessRuleException e) {
                problems.add(new Problem("quotas", e.messageKey(), List.of(e.arguments())));
                continue;
            }
            // a province without a quota has none: setting 0 there changes nothing
            if (quota != current.getOrDefault(province, 0)) {
                changes.put(province, quota);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        changes.forEach((province, quota) -> {
            quotas.set(classId, province, quota, user.id(), now);
            audit.record(AuditEvent.of(AuditAction.UPDATE, ClassPlanning.ENTITY, classId)
                    .region(trainingClass.getRegionCode()).message("audit.nomination.quotaSet",
                            trainingClass.getTitle(), AuditText.region(province), quota));
        });
    }

    /** A provincial administrator nominates a talent of their province, within its quota, saying why. */
    @Transactional
    public NominationView nominate(long classId, long talentId, String reason) {
        CurrentUser user = requireAdministrator();
        if (user.has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("nomination.provincesNominate");
        }
        String province = provinceOf(user);
        TrainingClass trainingClass = lockNominated(classId);
        requireOpen(trainingClass);
        // the registry answers within the administrator's region only: anyone else is outside the province
        TalentView talent = registry.find(talentId).filter(t -> RegionScope.of(province).includes(t.regionCode()))
                .orElseThrow(() -> new BusinessRuleException("talentId", "nomination.talentOutsideProvince"));
        Instant now = clock.instant();
        Nomination nomination = nominations.findByClassIdAndTalentId(classId, talentId).orElse(null);
        if (nomination != null && nomination.getStatus() != Nomination.Status.WITHDRAWN) {
            throw new ConflictException("nomination.duplicate");
        }
        QuotaRule.checkRoom(quotas.of(classId, province),
                nominations.countHolding(classId, province, Nomination.Status.HOLDING_QUOTA));
        if (nomination == null) {
            nomination = nominations.save(new Nomination(classId, talentId, province, talent.regionCode(), reason,
                    user.id(), now));
        } else {
            nomination.renominate(reason, user.id(), now);
        }
        nominations.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, nomination.getId()).region(talent.regionCode())
                .message("audit.nomination.nominated", trainingClass.getTitle(), talent.name(),
                        String.valueOf(talentId), nomination.getReason()));
        return view(nomination, new TalentCard(talentId, talent.name(), talent.regionCode(), talent.employerName(),
                talent.mobileMasked(), talent.status()));
    }

    /** The nominating province withdraws a nomination the national office has not decided yet. */
    @Transactional
    public void withdraw(long nominationId) {
        CurrentUser user = requireAdministrator();
        Nomination nomination = nominations.findById(nominationId)
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, nominationId));
        if (user.has(Role.NATIONAL_ADMIN) || !provinceOf(user).equals(nomination.getProvinceCode())) {
            throw new RecordNotFoundException(ENTITY, nominationId);
        }
        TrainingClass trainingClass = lockNominated(nomination.getClassId());
        requireOpen(trainingClass);
        nomination.withdraw();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, nominationId).region(nomination.getRegionCode())
                .message("audit.nomination.withdrawn", trainingClass.getTitle(),
                        String.valueOf(nomination.getTalentId())));
    }

    /** The national office selects a nomination; the nominee is told. */
    @Transactional
    public void select(long nominationId) {
        CurrentUser user = requireNational();
        Nomination nomination = decidable(nominationId);
        TrainingClass trainingClass = lockNominated(nomination.getClassId());
        requireOpen(trainingClass);
        nomination.select(user.id(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, nominationId).region(nomination.getRegionCode())
                .message("audit.nomination.selected", trainingClass.getTitle(),
                        String.valueOf(nomination.getTalentId())));
        accounts.accountOf(nomination.getTalentId()).ifPresent(account -> notifications.send(
                Notice.of(account, "nomination", "notice.nomination.selected", trainingClass.getTitle())
                        .linkedTo("/classes/" + trainingClass.getId()).byEmail()
                        .once("nomination-selected." + nominationId)));
    }

    /** The national office declines a nomination, saying why. */
    @Transactional
    public void decline(long nominationId, String reason) {
        CurrentUser user = requireNational();
        Nomination nomination = decidable(nominationId);
        TrainingClass trainingClass = lockNominated(nomination.getClassId());
        requireOpen(trainingClass);
        nomination.decline(reason, user.id(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, nominationId).region(nomination.getRegionCode())
                .message("audit.nomination.declined", trainingClass.getTitle(),
                        String.valueOf(nomination.getTalentId()), nomination.getDecisionReason()));
    }

    /**
     * The national office enrols every selected nominee: a place while the class has one, the waiting list after
     * (each told which by the enrollment). A nominee enrolled in the class already keeps that enrollment.
     */
    @Transactional
    public EnrolmentOutcome enrolSelected(long classId) {
        requireNational();
        TrainingClass trainingClass = lockNominated(classId);
        requireOpen(trainingClass);
        List<Nomination> selected = nominations.selected(classId);
        if (selected.isEmpty()) {
            throw new BusinessRuleException("nomination.noneSelected");
        }
        int enrolled = 0;
        int waitlisted = 0;
        int already = 0;
        for (Nomination nomination : selected) {
            Optional<Enrollment> existing = enrollments.findByClassIdAndTalentId(classId, nomination.getTalentId())
                    .filter(e -> e.getStatus() != Enrollment.Status.WITHDRAWN);
            if (existing.isPresent()) {
                nomination.enrolled(existing.get().getId());
                already++;
                continue;
            }
            Placement placement = enrolling.assign(classId, nomination.getTalentId(), Enrollment.Source.NOMINATION);
            nomination.enrolled(placement.enrollmentId());
            if (placement.status() == Enrollment.Status.ENROLLED) {
                enrolled++;
            } else {
                waitlisted++;
            }
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, Enrolling.ENTITY, classId)
                .region(trainingClass.getRegionCode())
                .message("audit.nomination.enrolled", trainingClass.getTitle(), enrolled, waitlisted, already));
        return new EnrolmentOutcome(enrolled, waitlisted, already);
    }

    private Nomination decidable(long nominationId) {
        return nominations.findById(nominationId).orElseThrow(() -> new RecordNotFoundException(ENTITY, nominationId));
    }

    private TrainingClass nominatedClass(long classId) {
        TrainingClass trainingClass = classes.findById(classId)
                .orElseThrow(() -> new RecordNotFoundException(ClassPlanning.ENTITY, classId));
        requireNomination(trainingClass);
        return trainingClass;
    }

    private TrainingClass lockNominated(long classId) {
        TrainingClass trainingClass = classes.lockById(classId)
                .orElseThrow(() -> new RecordNotFoundException(ClassPlanning.ENTITY, classId));
        requireNomination(trainingClass);
        return trainingClass;
    }

    private static void requireNomination(TrainingClass trainingClass) {
        if (trainingClass.getFilling() != Filling.NOMINATION) {
            throw new BusinessRuleException(null, "nomination.notNominatedClass", trainingClass.getTitle());
        }
    }

    /** Nothing is nominated, decided or enrolled once the class has closed or was cancelled. */
    private static void requireOpen(TrainingClass trainingClass) {
        if (trainingClass.getStatus() != TrainingClass.Status.PLANNED) {
            throw new BusinessRuleException(null, "nomination.classNotOpen", trainingClass.getTitle());
        }
    }

    private static NominationView view(Nomination n, TalentCard card) {
        return NominationView.of(n, name(card), employer(card), null);
    }

    private static String name(TalentCard card) {
        return card == null ? null : card.name();
    }

    private static String employer(TalentCard card) {
        return card == null ? null : card.employerName();
    }

    /** A provincial administrator's province: nominations are a province's, so a city's administrator has none. */
    private static String provinceOf(CurrentUser user) {
        RegionScope scope = user.scope();
        if (scope.level() != RegionScope.Level.PROVINCE) {
            throw new AccessDeniedException("nomination.administratorsOnly");
        }
        return scope.regionCode();
    }

    private static CurrentUser requireAdministrator() {
        CurrentUser user = CurrentUser.require();
        if (!(user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN))) {
            throw new AccessDeniedException("nomination.administratorsOnly");
        }
        return user;
    }

    private static CurrentUser requireNational() {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("nomination.nationalDecides");
        }
        return user;
    }
}
