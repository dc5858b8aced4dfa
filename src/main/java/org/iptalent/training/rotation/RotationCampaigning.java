package org.iptalent.training.rotation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.reference.ReferenceData;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotation campaigns as administrators run them: a provincial (or city) administrator runs the campaigns of their
 * region, the national administrator any, national ones included. Launching a campaign snapshots its cohort, the
 * registry search's matches in the campaign's region, into its members in one statement; running the search again
 * later adds the new matches. Another region's campaign is not found, whatever the path to it.
 */
@Service
public class RotationCampaigning {

    public static final String ENTITY = "RotationCampaign";
    /** The largest cohort a campaign takes. */
    public static final int MAX_COHORT = 100_000;

    private final RotationCampaigns campaigns;
    private final CampaignRoster roster;
    private final TalentRegistry registry;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    RotationCampaigning(RotationCampaigns campaigns, CampaignRoster roster, TalentRegistry registry,
            ReferenceData reference, AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.roster = roster;
        this.registry = registry;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a campaign and launches it: its cohort becomes its members, in the same transaction. */
    @Transactional
    public RotationCampaign launch(CampaignInput input) {
        CurrentUser user = requireAdministrator();
        String region = input.regionCode() == null || input.regionCode().isBlank() ? null : input.regionCode().trim();
        List<Problem> problems = new ArrayList<>();
        if (region == null) {
            if (!user.scope().isNational()) {
                problems.add(new Problem("regionCode", "field.required"));
            }
        } else {
            Optional<Problem> unknown = reference.checkRegion("regionCode", region);
            if (unknown.isPresent()) {
                problems.add(unknown.get());
            } else if (!user.scope().includes(region)) {
                problems.add(new Problem("regionCode", "rotation.campaign.regionOutside"));
            }
        }
        CohortDefinition cohort = CohortDefinition.of(input);
        problems.addAll(cohort.problems(reference));
        LocalDate today = LocalDate.now(clock);
        problems.addAll(RotationCampaign.cycleProblems(input.cycleStart(), input.cycleEnd(), today));
        if (!problems.isEmpty()) {
            // the entity checks its name and cycle too; everything wrong is said at once
            try {
                new RotationCampaign(input.name(), region, input.cycleStart(), input.cycleEnd(), "{}", null,
                        clock.instant(), today);
            } catch (InvalidInputException e) {
                e.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
            }
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        RotationCampaign campaign = campaigns.save(new RotationCampaign(input.name(), region, input.cycleStart(),
                input.cycleEnd(), cohort.json(region), user.id(), now, today));
        List<TalentCard> members = cohort(cohort, region);
        if (members.isEmpty()) {
            throw new BusinessRuleException("rotation.cohort.empty");
        }
        int added = roster.add(campaign.getId(), members, now);
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, campaign.getId()).region(region)
                .message("audit.rotation.launched", campaign.getName(), regionText(region),
                        campaign.getCycleStart().toString(), campaign.getCycleEnd().toString(), added));
        return campaign;
    }

    /** Runs the cohort's search again and adds its new matches; how many were added. */
    @Transactional
    public int addMembers(long id) {
        RotationCampaign campaign = get(id);
        campaign.requireOpen(LocalDate.now(clock));
        CohortDefinition cohort = CohortDefinition.fromJson(campaign.getCohortFilter());
        Instant now = clock.instant();
        int added = roster.add(id, cohort(cohort, campaign.getRegionCode()), now);
        campaign.membersAdded(now);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(campaign.getRegionCode())
                .message("audit.rotation.membersAdded", campaign.getName(), added));
        return added;
    }

    /** The campaigns of the user's region, matched by name. */
    @Transactional(readOnly = true)
    public Page<CampaignView> find(String q, Pageable pageable) {
        CurrentUser user = requireAdministrator();
        Specification<RotationCampaign> spec = user.scope().specification("regionCode");
        if (q != null && !q.isBlank()) {
            String pattern = "%" + q.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("name")), pattern, '\\'));
        }
        LocalDate today = LocalDate.now(clock);
        // a page's campaigns, each with its coverage: one aggregate statement per campaign of the page
        return campaigns.findAll(spec, pageable)
                .map(c -> CampaignView.of(c, roster.coverage(c, today).total(), today));
    }

    /** The campaign, if it lies in the user's region (else not found). */
    @Transactional(readOnly = true)
    public RotationCampaign get(long id) {
        CurrentUser user = requireAdministrator();
        RotationCampaign campaign = campaigns.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        if (!visibleTo(user.scope(), campaign)) {
            throw new RecordNotFoundException(ENTITY, id);
        }
        return campaign;
    }

    /** A campaign with its coverage now, read live once for both (the read is the page's and the API's cost). */
    public record Overview(CampaignView view, Coverage coverage) {
    }

    @Transactional(readOnly = true)
    public Overview overview(long id) {
        RotationCampaign campaign = get(id);
        LocalDate today = LocalDate.now(clock);
        Coverage coverage = roster.coverage(campaign, today);
        return new Overview(CampaignView.of(campaign, coverage.total(), today), coverage);
    }

    /** The campaign's coverage now, read live. */
    @Transactional(readOnly = true)
    public Coverage coverage(long id) {
        return roster.coverage(get(id), LocalDate.now(clock));
    }

    /** A national campaign is the national administrator's; a region's, whoever administers that region. */
    static boolean visibleTo(RegionScope scope, RotationCampaign campaign) {
        if (scope.isNothing()) {
            return false;
        }
        return campaign.getRegionCode() == null ? scope.isNational() : scope.includes(campaign.getRegionCode());
    }

    private List<TalentCard> cohort(CohortDefinition cohort, String region) {
        List<TalentCard> cards;
        try {
            cards = registry.cohort(cohort.criteria(region, reference), MAX_COHORT);
        } catch (BusinessRuleException e) {
            if ("talent.cohort.tooLarge".equals(e.messageKey())) {
                throw new BusinessRuleException("rotation.cohort.tooLarge", MAX_COHORT);
            }
            throw e;
        }
        // the registry confirms the user's region; the campaign's may be narrower
        RegionScope within = region == null ? RegionScope.national() : RegionScope.of(region);
        return cards.stream().filter(card -> within.includes(card.regionCode())).toList();
    }

    private static AuditText regionText(String region) {
        return region == null ? AuditText.message("rotation.campaign.national") : AuditText.region(region);
    }

    /** Administrators of a region, or of the country; the campaign's region is checked against their scope. */
    static CurrentUser requireAdministrator() {
        CurrentUser user = CurrentUser.require();
        if (!(user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN))
                || user.scope().isNothing()) {
            throw new AccessDeniedException("rotation.administratorsOnly");
        }
        return user;
    }
}
