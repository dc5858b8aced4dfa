package org.iptalent.training.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionCode;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training-satisfaction score per base, province and year, from the responses: administrators read the bases
 * of their region, a base's manager the bases they manage (the rule of the training bases' access), everyone else
 * nothing. A score is the mean over responses, never a mean of means. Only closed surveys count, and only those
 * with at least {@code iptalent.training.survey.min-responses} responses give their scores (the class's own page
 * shows none before then either): a figure that moved with each new response, or held one trainee's answers alone,
 * would give answers away.
 */
@Service
public class Satisfaction {

    private final JdbcTemplate jdbc;
    private final SurveyProperties properties;
    private final Clock clock;

    Satisfaction(JdbcTemplate jdbc, SurveyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the current user reads satisfaction scores at all. */
    public static boolean reads(CurrentUser user) {
        return !user.scope().isNothing() || user.has(Role.TRAINING_BASE_MANAGER);
    }

    /** Sums of one base in one year, as the database adds them up. */
    private record Sums(long baseId, String name, String regionCode, int year, long classes, long invited,
            long responses, long scored, BigDecimal total) {
    }

    /**
     * The report for {@code year} (null: every year) and {@code region} (null or blank: the whole scope; else a
     * province or city code inside it).
     */
    @Transactional(readOnly = true)
    public SatisfactionReport report(Integer year, String region) {
        CurrentUser user = CurrentUser.require();
        if (!reads(user)) {
            throw new AccessDeniedException("satisfaction.notForYou");
        }
        String regionPattern = regionPattern(region);
        int minimum = properties.minResponses();
        List<Sums> sums = jdbc.query("""
                select s.base_id, b.name, b.region_code, s.year, count(*), sum(s.invited),
                       coalesce(sum(r.responses), 0), coalesce(sum(r.scored) filter (where r.responses >= ?), 0),
                       coalesce(sum(r.total) filter (where r.responses >= ?), 0)
                from training_survey s
                join training_base b on b.id = s.base_id
                left join lateral (select count(*) responses, count(score) scored, sum(score) total
                                   from training_survey_response where survey_id = s.id) r on true
                where s.kind = 'SATISFACTION' and s.closes_on < ? and s.region_code like ?
                  and (s.region_code like ? or s.base_id in (select m.training_base_id from training_base_manager m
                                                             where m.user_id = ?))
                group by s.base_id, b.name, b.region_code, s.year
                """, (rs, n) -> new Sums(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getBigDecimal(9)), minimum, minimum,
                LocalDate.now(clock), regionPattern, user.scope().likePattern(),
                user.has(Role.TRAINING_BASE_MANAGER) ? user.id() : -1L);
        TreeSet<Integer> years = new TreeSet<>();
        sums.forEach(s -> years.add(s.year()));
        Map<Integer, List<Sums>> perYear = new TreeMap<>();
        sums.forEach(s -> perYear.computeIfAbsent(s.year(), k -> new ArrayList<>()).add(s));
        List<SatisfactionReport.YearLine> byYear = new ArrayList<>();
        perYear.forEach((y, list) -> byYear.add(new SatisfactionReport.YearLine(y, line(list))));
        List<Sums> shown = sums.stream().filter(s -> year == null || s.year() == year).toList();
        // per province, then per base inside it: the bases' sums over the years shown
        Map<String, Map<Long, List<Sums>>> tree = new TreeMap<>();
        shown.forEach(s -> tree.computeIfAbsent(province(s.regionCode()), k -> new LinkedHashMap<>())
                .computeIfAbsent(s.baseId(), k -> new ArrayList<>()).add(s));
        List<SatisfactionReport.Province> provinces = new ArrayList<>();
        tree.forEach((province, bases) -> {
            List<SatisfactionReport.BaseLine> lines = new ArrayList<>();
            bases.forEach((baseId, list) -> lines.add(new SatisfactionReport.BaseLine(baseId, list.get(0).name(),
                    list.get(0).regionCode(), line(list))));
            lines.sort(java.util.Comparator.comparing(SatisfactionReport.BaseLine::name));
            provinces.add(new SatisfactionReport.Province(province, line(bases.values().stream()
                    .flatMap(List::stream).toList()), lines));
        });
        return new SatisfactionReport(year, region == null || region.isBlank() ? null : region.trim(),
                properties.target(), minimum, List.copyOf(years.descendingSet()), line(shown), provinces, byYear);
    }

    /**
     * The score of each of these bases in a year, for the bases' annual assessment: no scope (the assessment is
     * the platform's own computation), from the closed surveys with the minimum of responses; bases without such
     * responses left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> scoresOfBases(int year, Collection<Long> baseIds) {
        Map<Long, BigDecimal> scores = new HashMap<>();
        if (baseIds.isEmpty()) {
            return scores;
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select s.base_id, avg(r.score) from training_survey s
                    join training_survey_response r on r.survey_id = s.id
                    where s.kind = 'SATISFACTION' and s.year = ? and s.base_id = any(?) and r.score is not null
                      and s.closes_on < ?
                      and (select count(*) from training_survey_response c where c.survey_id = s.id) >= ?
                    group by s.base_id
                    """);
            ps.setInt(1, year);
            ps.setArray(2, con.createArrayOf("bigint", baseIds.toArray(Long[]::new)));
            ps.setObject(3, LocalDate.now(clock));
            ps.setInt(4, properties.minResponses());
            return ps;
        }, rs -> {
            scores.put(rs.getLong(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP));
        });
        return scores;
    }

    private SatisfactionReport.Line line(List<Sums> list) {
        long classes = 0;
        long invited = 0;
        long responses = 0;
        long scored = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Sums s : list) {
            classes += s.classes();
            invited += s.invited();
            responses += s.responses();
            scored += s.scored();
            total = total.add(s.total());
        }
        BigDecimal score = scored == 0 ? null
                : SurveyScore.shown(total.divide(BigDecimal.valueOf(scored), 4, RoundingMode.HALF_UP));
        return new SatisfactionReport.Line(classes, invited, responses, score,
                SurveyScore.gap(score, properties.target()), SurveyScore.rate(responses, invited));
    }

    private static String province(String regionCode) {
        return regionCode.substring(0, 2) + "0000";
    }

    /** The region asked for as a LIKE pattern inside which the scope still applies; a malformed code is refused. */
    private static String regionPattern(String region) {
        if (region == null || region.isBlank()) {
            return "%";
        }
        if (!RegionCode.isWellFormed(region.trim())) {
            throw new InvalidInputException(List.of(new Problem("region", "field.unknownCode",
                    List.of(region.trim()))));
        }
        return RegionScope.of(region.trim()).likePattern();
    }
}
