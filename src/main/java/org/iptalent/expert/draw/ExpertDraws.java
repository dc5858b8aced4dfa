package org.iptalent.expert.draw;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.ExpertDrawn;
import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.category.ExpertCategory;
import org.iptalent.expert.draw.DrawComputation.Drawn;
import org.iptalent.expert.draw.DrawComputation.Picked;
import org.iptalent.expert.draw.DrawComputation.Short;
import org.iptalent.expert.draw.DrawRequest.RegionRule;
import org.iptalent.expert.draw.DrawRequest.Requirement;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.pool.Experts;
import org.iptalent.organisation.Organisation;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Random draws of experts for a matter: the eligible experts of each requirement as the database has them now, a
 * uniform sample from a SecureRandom seed, both recorded with the result so that the draw replays exactly; the drawn
 * experts told; a re-draw names the draw it follows and why. Nothing here lets anyone choose an expert.
 */
@Service
public class ExpertDraws {

    public static final String ENTITY = "ExpertDraw";

    private final DrawRules rules;
    private final Eligibility eligibility;
    private final Draws draws;
    private final DrawPicks picks;
    private final DrawViews views;
    private final ExpertCategories categories;
    private final OrganisationRecords organisations;
    private final TalentRegistry registry;
    private final AuditLog audit;
    private final TalentAccounts accounts;
    private final Experts experts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ExpertDraws(DrawRules rules, Eligibility eligibility, Draws draws, DrawPicks picks, DrawViews views,
            ExpertCategories categories, OrganisationRecords organisations, TalentRegistry registry, AuditLog audit,
            TalentAccounts accounts, Experts experts, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.eligibility = eligibility;
        this.draws = draws;
        this.picks = picks;
        this.views = views;
        this.categories = categories;
        this.organisations = organisations;
        this.registry = registry;
        this.audit = audit;
        this.accounts = accounts;
        this.experts = experts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DrawView open(DrawRequest request) {
        CurrentUser user = ExpertRecords.requireAdministrator();
        RegionScope scope = user.scope();
        String matter = request.matter() == null ? "" : request.matter().strip();
        String local = rules.localRegion(request, scope);
        rules.check(request, matter, local, scope);
        if (request.redrawOf() != null) {
            Draw previous = visible(request.redrawOf());
            if (!previous.getMatter().equals(matter)) {
                throw new InvalidInputException(List.of(new Problem("redrawOf", "expert.draw.redrawOtherMatter")));
            }
        }
        List<Organisation> parties = organisations.parties(request.partyOrganisationIds());
        List<Long> unknown = request.partyOrganisationIds().stream()
                .filter(id -> parties.stream().noneMatch(o -> o.getId().equals(id))).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(List.of(new Problem("partyOrganisationIds", "expert.draw.partyUnknown",
                    List.of(unknown.toString()))));
        }
        Set<Long> partyIds = new LinkedHashSet<>();
        Set<String> partyProvinces = new LinkedHashSet<>();
        parties.forEach(o -> {
            partyIds.add(o.getId());
            partyProvinces.add(o.getRegionCode().substring(0, 2) + "0000");
        });
        Set<Long> staff = registry.employedAt(partyIds);
        LocalDate today = LocalDate.now(clock);
        int reserves = request.reserves() == null ? 0 : request.reserves();
        List<List<Long>> eligible = new ArrayList<>();
        for (Requirement requirement : request.requirements()) {
            eligible.add(eligibility.of(new Eligibility.Question(categories.withDescendants(requirement.category()),
                    requirement.ipcClass(), request.regionRule(), local == null ? null : scope(local), partyProvinces,
                    partyIds, staff, matter, request.maxRecentDraws(), request.recentMonths(), today)));
        }
        String seed = DrawSampler.newSeed(random);
        List<Integer> counts = request.requirements().stream().map(Requirement::count).toList();
        DrawComputation.Outcome outcome = DrawComputation.draw(seed, eligible, counts, reserves);
        if (outcome instanceof Short shortfall) {
            int i = shortfall.shortfall().requirement();
            String category = categories.find(request.requirements().get(i).category())
                    .map(c -> c.name(LocaleContextHolder.getLocale())).orElse(request.requirements().get(i).category());
            throw new UnsatisfiableDrawException(i, category, shortfall.shortfall().needed(),
                    shortfall.shortfall().eligible());
        }
        Instant now = clock.instant();
        Draw draw = draws.saveAndFlush(new Draw(withLocal(request, local), matter, drawingRegion(scope), seed, eligible,
                reserves, user.id(), now));
        List<Long> selected = new ArrayList<>();
        List<Picked> drawn = ((Drawn) outcome).picks();
        for (int i = 0; i < drawn.size(); i++) {
            int position = 0;
            for (long expert : drawn.get(i).selected()) {
                picks.save(new DrawPick(draw.getId(), expert, i, position++, false, now));
                selected.add(expert);
            }
            for (long expert : drawn.get(i).reserves()) {
                picks.save(new DrawPick(draw.getId(), expert, i, position++, true, now));
            }
        }
        picks.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, draw.getId()).region(draw.getRegionCode())
                .message(request.redrawOf() == null ? "expert.audit.drawn" : "expert.audit.redrawn", matter,
                        String.valueOf(selected.size()), String.valueOf(draw.getEligibleCount()),
                        request.redrawOf() == null ? "" : String.valueOf(request.redrawOf()),
                        request.redrawReason() == null ? "" : request.redrawReason().strip()));
        events.publishEvent(new ExpertDrawn(draw.getId(), matter, selected));
        return views.of(draw);
    }

    @Transactional(readOnly = true)
    public DrawView get(long id) {
        CurrentUser user = CurrentUser.require();
        if (user.has(org.iptalent.shared.Role.AUDITOR) || administers(user)) {
            return views.of(visible(id));
        }
        // a drawn expert (signed in with the talent's account) sees the matter and its own pick, nobody else's
        Draw draw = draws.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        Long expert = accounts.talentOf(user.id()).flatMap(experts::findByTalentId).map(e -> e.getId()).orElse(null);
        DrawView view = views.of(draw);
        if (expert == null || view.picks().stream().noneMatch(p -> p.expertId() == expert)) {
            throw new RecordNotFoundException(ENTITY, id);
        }
        return view.onlyFor(expert);
    }

    private static boolean administers(CurrentUser user) {
        return user.has(org.iptalent.shared.Role.NATIONAL_ADMIN) || user.has(org.iptalent.shared.Role.PROVINCIAL_ADMIN)
                || user.has(org.iptalent.shared.Role.CITY_ADMIN);
    }

    /**
     * The draw recomputed from its stored seed and eligible lists, beside what it recorded: the same experts in the
     * same order, or the proof that the record was altered.
     */
    @Transactional
    public Replay replay(long id) {
        Draw draw = visible(id);
        List<Integer> counts = draw.requirementList().stream().map(Requirement::count).toList();
        DrawComputation.Outcome outcome = DrawComputation.draw(draw.getSeed(), draw.eligibleLists(), counts,
                draw.getReserves());
        List<Long> recomputed = outcome instanceof Drawn d
                ? d.picks().stream().flatMap(p -> java.util.stream.Stream.concat(p.selected().stream(),
                        p.reserves().stream())).toList()
                : List.of();
        List<Long> recorded = picks.findByDrawIdOrderByRequirementAscPositionAsc(id).stream()
                .map(DrawPick::getExpertId).toList();
        audit.record(AuditEvent.of(AuditAction.EXPORT, ENTITY, id).region(draw.getRegionCode())
                .message("expert.audit.replayed", String.valueOf(recomputed.equals(recorded))));
        return new Replay(id, draw.getSeed(), draw.getAlgorithm(), recomputed.equals(recorded), recorded, recomputed);
    }

    public record Replay(long drawId, String seed, String algorithm, boolean identical, List<Long> recorded,
            List<Long> recomputed) {
    }

    /** The draw, if the user's region includes the administration that drew it (an auditor sees every draw). */
    Draw visible(long id) {
        RegionScope scope = overseen();
        Draw draw = draws.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        return scope.check(draw, ENTITY, id);
    }

    /**
     * The draws the reader oversees: an auditor, who supervises them, every draw of the country (an auditor has no
     * business region of its own); an administration its region's; anyone else none.
     */
    static RegionScope overseen() {
        if (CurrentUser.require().has(org.iptalent.shared.Role.AUDITOR)) {
            return RegionScope.national();
        }
        ExpertRecords.requireAdministrator();
        return RegionScope.current();
    }

    private static String drawingRegion(RegionScope scope) {
        return scope.isNational() ? ExpertCategory.NATIONAL : scope.regionCode();
    }

    private static String scope(String region) {
        return RegionScope.of(region).likePattern();
    }

    private static DrawRequest withLocal(DrawRequest r, String local) {
        return new DrawRequest(r.matter(), r.matterKind(), r.requirements(), r.regionRule(), local,
                r.partyOrganisationIds(), r.reserves(), r.maxRecentDraws(), r.recentMonths(), r.redrawOf(),
                r.redrawReason() == null ? null : r.redrawReason().strip());
    }
}
