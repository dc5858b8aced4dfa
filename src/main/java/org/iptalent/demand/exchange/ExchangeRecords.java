package org.iptalent.demand.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.reference.ReferenceData;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is done under a pairing the administration sees: the people it seconds (talents of its own region, from the
 * registry) and the activities it holds, each audited; and a talent's secondments for the registry's profile.
 */
@Service
public class ExchangeRecords {

    /** Activities newest first; a pairing's activities are paged. */
    public static final Sort ACTIVITY_ORDER = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"));

    private final ExchangeAccess access;
    private final ExchangePairings pairings;
    private final Secondments secondments;
    private final Activities activities;
    private final TalentRegistry registry;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    ExchangeRecords(ExchangeAccess access, ExchangePairings pairings, Secondments secondments, Activities activities,
            TalentRegistry registry, ReferenceData reference, AuditLog audit, Clock clock) {
        this.access = access;
        this.pairings = pairings;
        this.secondments = secondments;
        this.activities = activities;
        this.registry = registry;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Seconds a talent under the pairing. The talent must be one the administration sees in the registry (its own
     * region's): the other side names the people it receives only through the sending side's records.
     */
    @Transactional
    public SecondmentView second(long pairingId, SecondmentInput input) {
        Pairing pairing = access.visible(pairingId);
        SecondmentInput checked = PairingRules.secondment(pairing, input, reference::division,
                pairings::organisationRegion);
        if (registry.find(checked.talentId()).filter(t -> t.mergedIntoId() == null).isEmpty()) {
            throw new InvalidInputException(List.of(new Problem("talentId", "exchange.secondment.talentNotFound",
                    List.of(String.valueOf(checked.talentId())))));
        }
        Secondment secondment = secondments.saveAndFlush(new Secondment(pairingId, checked,
                CurrentUser.require().id(), clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, Secondment.ENTITY, secondment.getId())
                .region(ExchangeAccess.auditRegion(RegionScope.current(), pairing))
                .message("exchange.audit.seconded", String.valueOf(checked.talentId()), String.valueOf(pairingId),
                        checked.startsOn().toString(), checked.endsOn().toString()));
        return views(List.of(secondment)).get(0);
    }

    /** Records an activity under the pairing. */
    @Transactional
    public ActivityView record(long pairingId, ActivityInput input) {
        Pairing pairing = access.visible(pairingId);
        PairingRules.CheckedActivity checked = PairingRules.activity(pairing, input);
        Activity activity = activities.saveAndFlush(new Activity(pairingId, checked, CurrentUser.require().id(),
                clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, Activity.ENTITY, activity.getId())
                .region(ExchangeAccess.auditRegion(RegionScope.current(), pairing))
                .message("exchange.audit.activity", String.valueOf(pairingId), checked.kind().name(),
                        checked.heldOn().toString()));
        return ActivityView.of(activity);
    }

    /** The pairing's secondments, latest first (a pairing seconds a handful of people a year: not paged). */
    @Transactional(readOnly = true)
    public List<SecondmentView> secondments(long pairingId) {
        access.visible(pairingId);
        return views(secondments.findAll((root, query, cb) -> cb.equal(root.get("pairingId"), pairingId),
                Sort.by(Sort.Order.desc("startsOn"), Sort.Order.desc("id"))));
    }

    /** A page of the pairing's activities, newest first. */
    @Transactional(readOnly = true)
    public Page<ActivityView> activities(long pairingId, Pageable pageable) {
        access.visible(pairingId);
        return activities.findByPairingId(pairingId, pageable).map(ActivityView::of);
    }

    /** A talent's secondments, latest first (the registry has checked that the reader sees the talent). */
    @Transactional(readOnly = true)
    public List<SecondmentView> ofTalent(long talentId) {
        return views(secondments.findAll((root, query, cb) -> cb.equal(root.get("talentId"), talentId),
                Sort.by(Sort.Order.desc("startsOn"), Sort.Order.desc("id"))));
    }

    /** Each with the talent's name: the pairing ties the person to both sides, whichever region reads it. */
    private List<SecondmentView> views(List<Secondment> list) {
        Map<Long, TalentCard> cards = registry.cards(list.stream().map(Secondment::getTalentId).toList());
        Set<Long> orgs = new HashSet<>();
        list.forEach(s -> {
            if (s.getFromOrgId() != null) {
                orgs.add(s.getFromOrgId());
            }
            if (s.getToOrgId() != null) {
                orgs.add(s.getToOrgId());
            }
        });
        Map<Long, String> names = pairings.names(orgs);
        List<SecondmentView> views = new ArrayList<>();
        for (Secondment s : list) {
            TalentCard card = cards.get(s.getTalentId());
            views.add(new SecondmentView(s.getId(), s.getPairingId(), s.getTalentId(),
                    card == null ? null : card.name(), s.getFromRegion(), s.getToRegion(),
                    names.get(s.getFromOrgId()), names.get(s.getToOrgId()), s.getStartsOn(), s.getEndsOn(),
                    s.getPurpose()));
        }
        return views;
    }
}
