package org.iptalent.demand.round;

import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.demand.report.DemandReports;
import org.iptalent.demand.report.DemandRules;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly survey rounds: the national administration opens the country's, a provincial one its province's;
 * either closes its own. A round tracks the employers of its region that have not reported for its year: the
 * employers with an account linked and those that reported in an earlier year.
 */
@Service
public class SurveyRounds implements DemandReports.RoundCheck {

    public static final String ENTITY = "DemandRound";
    public static final int PAGE_SIZE = 20;

    /** An employer that has not reported for the round's year yet. */
    public record Missing(long organisationId, String name, String regionCode) {
    }

    /** A round as its page shows it: how many of the expected employers reported, and a page of the others. */
    public record Tracking(SurveyRound round, long expected, long reported, Page<Missing> missing) {
    }

    private final SurveyRoundRepository rounds;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    SurveyRounds(SurveyRoundRepository rounds, JdbcTemplate jdbc, AuditLog audit) {
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The rounds the user sees: the country's and those of the provinces in their region. */
    @Transactional(readOnly = true)
    public List<SurveyRound> list() {
        RegionScope scope = administration();
        return rounds.findAllByOrderByYearDescRegionCodeAsc().stream().filter(r -> visible(r, scope)).toList();
    }

    @Transactional
    public SurveyRound open(Integer year) {
        CurrentUser user = CurrentUser.require();
        String region;
        if (user.has(Role.NATIONAL_ADMIN)) {
            region = SurveyRound.NATIONAL;
        } else if (user.has(Role.PROVINCIAL_ADMIN) && user.regionCode() != null) {
            region = user.regionCode().substring(0, 2) + "0000";
        } else {
            throw new AccessDeniedException("demand.round.openers");
        }
        if (year == null) {
            throw new BusinessRuleException("year", "field.required");
        }
        if (year < DemandRules.MIN_YEAR || year > DemandRules.MAX_YEAR) {
            throw new BusinessRuleException("year", "demand.year.range", String.valueOf(year),
                    String.valueOf(DemandRules.MIN_YEAR), String.valueOf(DemandRules.MAX_YEAR));
        }
        if (rounds.findByRegionCodeAndYear(region, year).isPresent()) {
            throw new ConflictException("demand.round.exists", String.valueOf(year));
        }
        SurveyRound round = rounds.saveAndFlush(new SurveyRound(region, year, user.id()));
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, round.getId()).region(regionOf(round))
                .message("audit.demand.roundOpened", String.valueOf(year)));
        return round;
    }

    @Transactional
    public SurveyRound close(long id) {
        SurveyRound round = get(id);
        if (!administration().covers(scopeOf(round))) {
            throw new AccessDeniedException("demand.round.notYours");
        }
        round.close();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(regionOf(round))
                .message("audit.demand.roundClosed", String.valueOf(round.getYear())));
        return round;
    }

    /** A round the user sees, or not found. */
    @Transactional(readOnly = true)
    public SurveyRound get(long id) {
        RegionScope scope = administration();
        return rounds.findById(id).filter(r -> visible(r, scope))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    /** Whether an open round of this year covers a place (the country's, or its province's). */
    @Override
    @Transactional(readOnly = true)
    public boolean open(String regionCode, int year) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from demand_round where year = ? and state = 'OPEN'
                  and region_code in ('000000', ?))""", Boolean.class, year, regionCode.substring(0, 2) + "0000"));
    }

    /** Who of the round's employers within the user's region has reported, and a page of those who have not. */
    @Transactional(readOnly = true)
    public Tracking tracking(long id, int page) {
        SurveyRound round = get(id);
        RegionScope user = administration();
        RegionScope scope = user.covers(scopeOf(round)) ? scopeOf(round) : user;
        String panel = """
                with panel as (select organisation_id from demand_employer
                               union select organisation_id from demand_report where survey_year < ?)
                select %s from organisation o join panel p on p.organisation_id = o.id
                where o.merged_into_id is null and o.region_code like ?""";
        long expected = jdbc.queryForObject(panel.formatted("count(*)"), Long.class, round.getYear(),
                scope.likePattern());
        String notReported = panel + " and not exists (select 1 from demand_report r where r.organisation_id = o.id"
                + " and r.survey_year = ?)";
        long missing = jdbc.queryForObject(notReported.formatted("count(*)"), Long.class, round.getYear(),
                scope.likePattern(), round.getYear());
        PageRequest request = PageRequest.of(PageRequests.clampedPage(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW),
                PAGE_SIZE);
        if (missing > 0 && request.getOffset() >= missing) {
            request = PageRequest.of((int) ((missing - 1) / PAGE_SIZE), PAGE_SIZE);
        }
        List<Missing> rows = jdbc.query(notReported.formatted("o.id, o.name, o.region_code")
                + " order by o.region_code, o.name, o.id limit ? offset ?", (rs, n) -> new Missing(rs.getLong(1),
                rs.getString(2), rs.getString(3)), round.getYear(), scope.likePattern(), round.getYear(),
                request.getPageSize(), request.getOffset());
        return new Tracking(round, expected, expected - missing, new PageImpl<>(rows, request, missing));
    }

    private static RegionScope administration() {
        CurrentUser user = CurrentUser.require();
        RegionScope scope = user.scope();
        if (scope.isNothing()) {
            throw new AccessDeniedException("demand.administrationOnly");
        }
        return scope;
    }

    /** A national round is every administration's to track; a province's its own and its cities'. */
    private static boolean visible(SurveyRound round, RegionScope scope) {
        return scopeOf(round).covers(scope) || scope.covers(scopeOf(round));
    }

    private static RegionScope scopeOf(SurveyRound round) {
        return round.isNational() ? RegionScope.national() : RegionScope.of(round.getRegionCode());
    }

    private static String regionOf(SurveyRound round) {
        return round.isNational() ? null : round.getRegionCode();
    }
}
