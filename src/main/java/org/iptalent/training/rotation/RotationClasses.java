package org.iptalent.training.rotation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.reference.ReferenceData;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.training.enrollment.ClassFill;
import org.iptalent.training.enrollment.CohortEnrollment;
import org.iptalent.training.enrollment.Enrolling;
import org.iptalent.training.enrollment.Enrollment;
import org.iptalent.training.enrollment.Enrollments;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.offering.TrainingClasses;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classes that train a campaign's cohort, and the assignment of its members to them. A class joins a campaign
 * when it is filled by rotation, still planned, ends within the cycle, and the administrator runs it (its base lies
 * in their region). Assigning takes the members not yet trained nor placed (of one city, or all), as many as the
 * class has free places, and enrols them with one statement through {@link Enrolling#insertCohort}.
 */
@Service
public class RotationClasses {

    private final RotationCampaigning campaigning;
    private final CampaignRoster roster;
    private final TrainingClasses classes;
    private final ClassPlanning planning;
    private final Enrollments enrollments;
    private final Enrolling enrolling;
    private final TalentRegistry registry;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    RotationClasses(RotationCampaigning campaigning, CampaignRoster roster, TrainingClasses classes,
            ClassPlanning planning, Enrollments enrollments, Enrolling enrolling, TalentRegistry registry,
            ReferenceData reference, AuditLog audit, Clock clock) {
        this.campaigning = campaigning;
        this.roster = roster;
        this.classes = classes;
        this.planning = planning;
        this.enrollments = enrollments;
        this.enrolling = enrolling;
        this.registry = registry;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** The campaign's classes, with their places. */
    @Transactional(readOnly = true)
    public List<CampaignClass> of(long campaignId) {
        RotationCampaign campaign = campaigning.get(campaignId);
        boolean open = !campaign.ended(LocalDate.now(clock));
        List<CampaignClass> result = new ArrayList<>();
        List<Long> ids = roster.classIds(campaignId);
        Map<Long, ClassFill> fills = enrollments.fills(ids);
        for (TrainingClass c : classes.findAllById(ids)) {
            ClassFill fill = fills.get(c.getId());
            result.add(new CampaignClass(c.getId(), c.getTitle(), c.getRegionCode(), c.getStartsOn(), c.getEndsOn(),
                    c.getStatus(), c.getCapacity(), fill.placesTaken(), fill.waiting(),
                    open && c.getStatus() == TrainingClass.Status.PLANNED && planning.runs(c)));
        }
        result.sort(java.util.Comparator.comparing(CampaignClass::startsOn).thenComparing(CampaignClass::id));
        return result;
    }

    /** Classes the administrator could link: filled by rotation, planned, ending within the cycle, run by them. */
    @Transactional(readOnly = true)
    public List<TrainingClass> linkable(long campaignId) {
        RotationCampaign campaign = campaigning.get(campaignId);
        List<Long> linked = roster.classIds(campaignId);
        Specification<TrainingClass> spec = (root, query, cb) -> cb.and(
                cb.equal(root.get("filling"), Filling.ROTATION),
                cb.equal(root.get("status"), TrainingClass.Status.PLANNED),
                cb.between(root.get("endsOn"), campaign.getCycleStart(), campaign.getCycleEnd()));
        return classes.findAll(spec, Sort.by("startsOn", "id")).stream()
                .filter(c -> !linked.contains(c.getId()) && planning.runs(c)).limit(200).toList();
    }

    @Transactional
    public void link(long campaignId, long classId) {
        RotationCampaign campaign = campaigning.get(campaignId);
        campaign.requireOpen(LocalDate.now(clock));
        TrainingClass trainingClass = planning.run(classId);
        if (trainingClass.getFilling() != Filling.ROTATION) {
            throw new BusinessRuleException("classId", "rotation.class.notRotation", trainingClass.getTitle());
        }
        trainingClass.requirePlanned();
        if (trainingClass.getEndsOn().isBefore(campaign.getCycleStart())
                || trainingClass.getEndsOn().isAfter(campaign.getCycleEnd())) {
            throw new BusinessRuleException("classId", "rotation.class.outsideCycle", trainingClass.getTitle(),
                    campaign.getCycleStart().toString(), campaign.getCycleEnd().toString());
        }
        if (roster.linked(campaignId, classId)) {
            throw new BusinessRuleException("classId", "rotation.class.linkedAlready", trainingClass.getTitle());
        }
        roster.link(campaignId, classId, CurrentUser.require().id(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, RotationCampaigning.ENTITY, campaignId)
                .region(campaign.getRegionCode())
                .message("audit.rotation.classLinked", campaign.getName(), trainingClass.getTitle()));
    }

    /**
     * Enrols members not yet trained nor placed into a class of the campaign: those of {@code city} (blank: any),
     * as many as the class has free places, in one statement. A full class, or nobody left, is refused.
     */
    @Transactional
    public Assignment assign(long campaignId, long classId, String city) {
        RotationCampaign campaign = campaigning.get(campaignId);
        campaign.requireOpen(LocalDate.now(clock));
        String pattern = regionPattern(campaign, city);
        if (!roster.linked(campaignId, classId)) {
            throw new RecordNotFoundException(ClassPlanning.ENTITY, classId);
        }
        // the class's row first: its places are counted and given one enrollment at a time
        TrainingClass trainingClass = classes.lockById(classId)
                .orElseThrow(() -> new RecordNotFoundException(ClassPlanning.ENTITY, classId));
        if (!planning.runs(trainingClass)) {
            throw new RecordNotFoundException(ClassPlanning.ENTITY, classId);
        }
        trainingClass.requirePlanned();
        long free = trainingClass.getCapacity() - enrollments.placesTaken(classId);
        if (free <= 0) {
            throw new BusinessRuleException(null, "rotation.assign.classFull", trainingClass.getTitle());
        }
        List<Long> ids = roster.notYet(campaign, pattern, classId, (int) Math.min(free, Enrolling.MAX_COHORT));
        if (ids.isEmpty()) {
            throw new BusinessRuleException("rotation.assign.nobodyLeft");
        }
        Map<Long, TalentCard> cards = registry.cards(ids);
        List<TalentCard> cohort = ids.stream().map(cards::get).filter(java.util.Objects::nonNull).toList();
        CohortEnrollment result = enrolling.insertCohort(trainingClass, cohort, Enrollment.Source.ROTATION);
        enrollments.flush();
        long remaining = roster.countNotYet(campaign, pattern);
        audit.record(AuditEvent.of(AuditAction.CREATE, Enrolling.ENTITY, classId).region(campaign.getRegionCode())
                .message("audit.rotation.assigned", campaign.getName(), trainingClass.getTitle(),
                        city == null || city.isBlank() ? AuditText.message("rotation.assign.allRegions")
                                : AuditText.region(city.trim()), result.enrolled()));
        return new Assignment(result.enrolled(), result.alreadyEnrolled(), remaining);
    }

    /**
     * The members a region of the coverage names, as a pattern: a province of a national campaign (its cities
     * with it), else one region exactly (a city, or a province's own members); outside the campaign it is refused.
     */
    private String regionPattern(RotationCampaign campaign, String city) {
        if (city == null || city.isBlank()) {
            return "%";
        }
        String code = city.trim();
        boolean known = reference.checkRegion("city", code).isEmpty();
        boolean inside = campaign.getRegionCode() == null || RegionScope.of(campaign.getRegionCode()).includes(code);
        if (!known || !inside) {
            throw new BusinessRuleException("city", "rotation.assign.cityOutside", code);
        }
        return campaign.getRegionCode() == null ? RegionScope.of(code).likePattern() : code;
    }
}
