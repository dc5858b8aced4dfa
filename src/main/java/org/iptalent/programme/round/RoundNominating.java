package org.iptalent.programme.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provincial administrator nominates talents of their province to a round within the province's quota, with a
 * statement and achievements. Nominations of a round are decided one at a time (the round's row is locked first), so
 * two administrators of a province nominating at once cannot exceed its quota.
 */
@Service
public class RoundNominating {

    public static final String ENTITY = "ProgrammeNomination";
    public static final int CANDIDATES = 50;

    private final RoundPlanning planning;
    private final RoundQuotas quotas;
    private final ProgrammeNominations nominations;
    private final TalentRegistry registry;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RoundNominating(RoundPlanning planning, RoundQuotas quotas, ProgrammeNominations nominations,
            TalentRegistry registry, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.planning = planning;
        this.quotas = quotas;
        this.nominations = nominations;
        this.registry = registry;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Talents of the administrator's province a registry search finds (at most {@value #CANDIDATES}), to nominate. */
    @Transactional(readOnly = true)
    public List<TalentCard> candidates(long roundId, String q) {
        String province = ProgrammeAccess.nominatingProvince(CurrentUser.require());
        planning.visible(roundId);
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.strip().length() > 100) {
            throw new BusinessRuleException("q", "field.tooLong", 100);
        }
        try {
            return registry.cohort(new TalentCriteria(q.strip(), province, null, null, null, null, null, null, null,
                    null, null), CANDIDATES);
        } catch (BusinessRuleException e) {
            if ("talent.cohort.tooLarge".equals(e.messageKey())) {
                throw new BusinessRuleException("q", "programme.nominate.tooMany", String.valueOf(CANDIDATES));
            }
            throw e;
        }
    }

    /**
     * Which of these talents the round holds a nomination of already (from any province: a talent is nominated to a
     * round once), for the administrator who may nominate to it; a search's badge, whatever page of the
     * nominations is shown.
     */
    @Transactional(readOnly = true)
    public Set<Long> nominatedAmong(long roundId, Collection<Long> talentIds) {
        ProgrammeAccess.nominatingProvince(CurrentUser.require());
        planning.visible(roundId);
        return talentIds.isEmpty() ? Set.of() : Set.copyOf(nominations.talentsNominated(roundId, talentIds));
    }

    @Transactional
    public ProgrammeNomination nominate(long roundId, long talentId, String statement, String achievements) {
        CurrentUser user = CurrentUser.require();
        String province = ProgrammeAccess.nominatingProvince(user);
        SelectionRound round = planning.lock(roundId);
        round.requireNominating(LocalDate.now(clock));
        String said = statement == null ? "" : statement.strip();
        String done = achievements == null ? "" : achievements.strip();
        List<Problem> problems = new ArrayList<>();
        text(problems, "statement", said, ProgrammeNomination.STATEMENT_LENGTH);
        text(problems, "achievements", done, ProgrammeNomination.ACHIEVEMENTS_LENGTH);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // the registry answers within the administrator's region only: anyone else is outside the province
        TalentView talent = registry.find(talentId).filter(t -> RegionScope.of(province).includes(t.regionCode()))
                .filter(t -> t.mergedIntoId() == null)
                .orElseThrow(() -> new BusinessRuleException("talentId", "programme.nominate.outsideProvince"));
        if (nominations.existsByRoundIdAndTalentId(roundId, talentId)) {
            throw new ConflictException("programme.nominate.duplicate", talent.name());
        }
        Integer selected = jdbc.queryForObject("""
                select count(*) from programme_selection where talent_id = ?
                and programme_id = (select programme_id from programme_round where id = ?)""", Integer.class,
                talentId, roundId);
        if (selected != null && selected > 0) {
            throw new ConflictException("programme.nominate.alreadySelected", talent.name());
        }
        int quota = quotas.of(roundId, province);
        if (nominations.countByRoundIdAndProvinceCode(roundId, province) >= quota) {
            throw new BusinessRuleException(null, "programme.nominate.quotaFull", String.valueOf(quota));
        }
        ProgrammeNomination nomination = nominations.saveAndFlush(new ProgrammeNomination(roundId, talentId, province,
                talent.regionCode(), talent.employerId(), said, done, user.id(), clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, nomination.getId()).region(talent.regionCode())
                .message("programme.audit.nominated", String.valueOf(round.getYear()), talent.name(),
                        String.valueOf(talentId)));
        return nomination;
    }

    private static void text(List<Problem> problems, String field, String text, int max) {
        if (text.isEmpty()) {
            problems.add(new Problem(field, "field.required"));
        } else if (text.length() > max) {
            problems.add(new Problem(field, "field.tooLong", List.of(max)));
        }
    }
}
