package org.iptalent.expert.pool;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.Changes;
import org.iptalent.expert.pool.CreditRecord.Kind;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert pool's records: a talent of the registry appointed for a term, its profile, its status in and out of the
 * pool with reasons, and its blacklisting; each change audited and written to its credit record. Administrators
 * (national, provincial, city) keep the experts of their region; any other is not found.
 */
@Service
public class ExpertRecords {

    public static final String ENTITY = "Expert";

    /** A change of an expert's standing. */
    public enum Transition {
        SUSPEND, REINSTATE, EXPIRE, REMOVE, RENEW, BLACKLIST, LIFT_BLACKLIST, MISCONDUCT
    }

    private final Experts experts;
    private final ExpertRules rules;
    private final TalentRegistry registry;
    private final CreditRecord credit;
    private final ExpertDetails details;
    private final AuditLog audit;
    private final Renewals renewals;

    ExpertRecords(Experts experts, ExpertRules rules, TalentRegistry registry, CreditRecord credit,
            ExpertDetails details, AuditLog audit, Renewals renewals) {
        this.renewals = renewals;
        this.experts = experts;
        this.rules = rules;
        this.registry = registry;
        this.credit = credit;
        this.details = details;
        this.audit = audit;
    }

    /** Appoints a talent of the administrator's region for a term. */
    @Transactional
    public ExpertView appoint(Appointment appointment) {
        CurrentUser user = requireAdministrator();
        List<Problem> problems = new ArrayList<>();
        TalentView talent = null;
        if (appointment.talentId() == null) {
            problems.add(new Problem("talentId", "field.required"));
        } else {
            talent = registry.find(appointment.talentId()).orElse(null);
            if (talent == null) {
                problems.add(new Problem("talentId", "expert.talentUnknown",
                        List.of(String.valueOf(appointment.talentId()))));
            } else if (talent.mergedIntoId() != null) {
                problems.add(new Problem("talentId", "expert.talentMerged",
                        List.of(String.valueOf(talent.mergedIntoId()))));
            }
        }
        ExpertRules.checkTerm(appointment.termStartsOn(), appointment.termEndsOn(), problems);
        rules.check(appointment.profile(), user.scope(), problems);
        ExpertRules.throwIfAny(problems);
        if (experts.findByTalentId(talent.id()).isPresent()) {
            throw new ConflictException("expert.alreadyExpert", talent.name());
        }
        Expert expert = new Expert(talent.id(), talent.regionCode(), appointment.profile(),
                appointment.termStartsOn(), appointment.termEndsOn());
        expert.name(talent.name(), talent.employerName());
        try {
            experts.saveAndFlush(expert);
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("expert.alreadyExpert", talent.name());
        }
        credit.write(expert.getId(), Kind.APPOINTED, null, user.id());
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, expert.getId()).region(expert.getRegionCode())
                .message("expert.audit.appointed", talent.name(), appointment.termStartsOn().toString(),
                        appointment.termEndsOn().toString()));
        return view(expert);
    }

    @Transactional
    public ExpertView describe(long id, long expectedVersion, ExpertProfile profile) {
        CurrentUser user = requireAdministrator();
        Expert expert = locked(id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        rules.check(profile, user.scope(), problems);
        ExpertRules.throwIfAny(problems);
        ExpertProfile before = expert.profile();
        expert.describe(profile);
        // the copies the search shows, refreshed whenever the expert is described
        TalentCard card = registry.cards(List.of(expert.getTalentId())).get(expert.getTalentId());
        if (card != null) {
            expert.name(card.name(), card.employerName());
        }
        experts.saveAndFlush(expert);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(expert.getRegionCode())
                .changes(Changes.of().field("categories", before.categories(), profile.categories())
                        .field("ipcClasses", before.ipcClasses(), profile.ipcClasses())
                        .field("duties", before.duties(), profile.duties())
                        .field("availability", before.availability(), profile.availability())));
        return view(expert);
    }

    /**
     * Moves the expert in or out of the pool: suspend, reinstate, expire, remove, renew (a new term), blacklist or lift
     * it, or record misconduct. A reason is required where the expert loses standing.
     */
    @Transactional
    public ExpertView change(long id, long expectedVersion, Transition transition, String reason,
            LocalDate termStartsOn, LocalDate termEndsOn) {
        CurrentUser user = requireAdministrator();
        Expert expert = locked(id, expectedVersion);
        Expert.Status before = expert.getStatus();
        boolean wasBlacklisted = expert.isBlacklisted();
        String text = ExpertRules.reason(reason, switch (transition) {
            case SUSPEND, REMOVE, BLACKLIST, LIFT_BLACKLIST, MISCONDUCT -> true;
            default -> false;
        });
        if (transition == Transition.RENEW && text == null
                && renewals.advice(id).advice() == Reappointment.Advice.NOT_RECOMMENDED) {
            // the term's record advises against: a renewal all the same says why, on the credit record
            throw new InvalidInputException(List.of(new Problem("reason", "expert.reappointment.reasonRequired")));
        }
        Kind kind = switch (transition) {
            case SUSPEND -> {
                expert.suspend(text);
                yield Kind.SUSPENDED;
            }
            case REINSTATE -> {
                expert.reinstate(text);
                yield Kind.REINSTATED;
            }
            case EXPIRE -> {
                expert.expire();
                yield Kind.EXPIRED;
            }
            case REMOVE -> {
                expert.remove(text);
                yield Kind.REMOVED;
            }
            case RENEW -> {
                List<Problem> problems = new ArrayList<>();
                ExpertRules.checkTerm(termStartsOn, termEndsOn, problems);
                ExpertRules.throwIfAny(problems);
                expert.renew(termStartsOn, termEndsOn);
                yield Kind.RENEWED;
            }
            case BLACKLIST -> {
                expert.blacklist(text);
                yield Kind.BLACKLISTED;
            }
            case LIFT_BLACKLIST -> {
                expert.lift(text);
                yield Kind.BLACKLIST_LIFTED;
            }
            case MISCONDUCT -> Kind.MISCONDUCT;
        };
        experts.saveAndFlush(expert);
        credit.write(id, kind, text, user.id());
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(expert.getRegionCode())
                .changes(Changes.of().field("status", before, expert.getStatus())
                        .field("blacklisted", wasBlacklisted, expert.isBlacklisted())
                        .field("termEndsOn", null, transition == Transition.RENEW ? expert.getTermEndsOn() : null))
                .message("expert.audit." + kind.name().toLowerCase(java.util.Locale.ROOT), text == null ? "" : text));
        return view(expert);
    }

    @Transactional(readOnly = true)
    public ExpertView get(long id) {
        return view(visible(id));
    }

    /** The expert, if the user's region includes it; otherwise not found. */
    public Expert visible(long id) {
        Expert expert = experts.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        return RegionScope.current().check(expert, ENTITY, id);
    }

    Expert locked(long id, long expectedVersion) {
        Expert expert = experts.lock(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        RegionScope.current().check(expert, ENTITY, id);
        if (expert.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Expert.class, id);
        }
        return expert;
    }

    /** National, provincial and city administrators keep experts and draw them. */
    public static CurrentUser requireAdministrator() {
        CurrentUser user = CurrentUser.require();
        if (!(user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN))) {
            throw new AccessDeniedException("expert.administratorsOnly");
        }
        return user;
    }

    public ExpertView view(Expert expert) {
        TalentCard card = registry.cards(List.of(expert.getTalentId())).get(expert.getTalentId());
        return new ExpertView(expert.getId(), expert.getVersion(), expert.getTalentId(),
                card == null ? null : card.name(), card == null ? null : card.employerName(),
                card == null ? null : card.mobileMasked(), expert.getRegionCode(), expert.getStatus(),
                expert.getStatusReason(), expert.getTermStartsOn(), expert.getTermEndsOn(), expert.getCategories(),
                expert.getFields(), expert.getDuties(), expert.getLanguages(), expert.getAvailability(),
                expert.getAchievements(), expert.isBlacklisted(), details.scores(expert.getId()),
                details.conflicts(expert.getId()), details.leaves(expert.getId()));
    }
}
