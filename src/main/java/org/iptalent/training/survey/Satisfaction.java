package org.iptalent.training.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** Sums of one base, or of one year, as the database adds them up. */
    private record Sums(long key, String name, String regionCode, long classes, long invited, long responses,
            long scored, BigDecimal total) {
    }

    /**
     * The closed satisfaction surveys in a region pattern and the reader's scope, with their responses' sums;
     * parameters: today, the region pattern, the scope's pattern, the manager's id (or -1).
     */
    private static final String SURVEYS = """
            from training_survey s
            join training_base b on b.id = s.base_id
            left join lateral (select count(*) responses, count(score) scored, sum(score) total
                               from training_survey_response where survey_id = s.id) r on true
            where s.kind = 'SATISFACTION' and s.closes_on < ? and s.region_code like ?
              and (s.region_code like ? or s.base_id in (select m.training_base_id from training_base_manager m
                                                         where m.user_id = ?))
            """;
    /** What a line adds up; parameters: the minimum of responses, twice (a survey below it gives no score). */
    private static final String FIGURES = """
            count(*), sum(s.invited), coalesce(sum(r.responses), 0),
            coalesce(sum(r.scored) filter (where r.responses >= ?), 0),
            coalesce(sum(r.total) filter (where r.responses >= ?), 0)
            """;
    /*
     * The report's statements, whole: its bases' lines of every year or of one (whose year is then the last
     * parameter, filtered with the region on the surveys' index), and its years' lines.
     */
    private static final String BASES = "select s.base_id, b.name, b.region_code, " + FIGURES + SURVEYS
            + " group by s.base_id, b.name, b.region_code";
    private static final String BASES_OF_YEAR = "select s.base_id, b.name, b.region_code, " + FIGURES + SURVEYS
            + " and s.year = ? group by s.base_id, b.name, b.region_code";
    private static final String YEARS = "select s.year, " + FIGURES + SURVEYS + " group by s.year order by s.year";

    /**
     * The report for {@code year} (null: every year) and {@code region} (null or blank: the whole scope; else a
     * province or city code inside it). The year is the database's filter (its surveys' {@code year}, indexed with
     * the region); each year's total comes from a query of its own, grouped by the database.
     */
    @Transactional(readOnly = true)
    public SatisfactionReport report(Integer year, String region) {
        CurrentUser user = CurrentUser.require();
        if (!reads(user)) {
            throw new AccessDeniedException("satisfaction.notForYou");
        }
        int minimum = properties.minResponses();
        List<Object> filters = filters(user, region);
        List<Object> baseParameters = new ArrayList<>(List.of(minimum, minimum));
        baseParameters.addAll(filters);
        if (year != null) {
            baseParameters.add(year);
        }
        List<Sums> bases = jdbc.query(year == null ? BASES : BASES_OF_YEAR,
                (rs, n) -> new Sums(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getBigDecimal(8)), baseParameters.toArray());
        List<Object> yearParameters = new ArrayList<>(List.of(minimum, minimum));
        yearParameters.addAll(filters);
        List<SatisfactionReport.YearLine> byYear = jdbc.query(YEARS, (rs, n) -> new SatisfactionReport.YearLine(
                rs.getInt(1), line(List.of(new Sums(rs.getInt(1), null, null, rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6))))), yearParameters.toArray());
        List<Integer> years = new ArrayList<>(byYear.stream().map(SatisfactionReport.YearLine::year).toList());
        java.util.Collections.reverse(years);
        // per province, then per base inside it
        Map<String, List<Sums>> tree = new TreeMap<>();
        bases.forEach(b -> tree.computeIfAbsent(province(b.regionCode()), k -> new ArrayList<>()).add(b));
        List<SatisfactionReport.Province> provinces = new ArrayList<>();
        tree.forEach((province, list) -> {
            List<SatisfactionReport.BaseLine> lines = new ArrayList<>();
            list.forEach(b -> lines.add(new SatisfactionReport.BaseLine(b.key(), b.name(), b.regionCode(),
                    line(List.of(b)))));
            lines.sort(java.util.Comparator.comparing(SatisfactionReport.BaseLine::name));
            provinces.add(new SatisfactionReport.Province(province, line(list), lines));
        });
        return new SatisfactionReport(year, region == null || region.isBlank() ? null : region.trim(),
                properties.target(), minimum, List.copyOf(years), line(bases), provinces, byYear);
    }

    /**
     * The years with closed surveys in {@code region} and the reader's scope, latest first, without their figures:
     * what a page needs to choose the year it shows.
     */
    @Transactional(readOnly = true)
    public List<Integer> years(String region) {
        CurrentUser user = CurrentUser.require();
        if (!reads(user)) {
            throw new AccessDeniedException("satisfaction.notForYou");
        }
        return jdbc.queryForList("""
                select distinct s.year from training_survey s
                where s.kind = 'SATISFACTION' and s.closes_on < ? and s.region_code like ?
                  and (s.region_code like ? or s.base_id in (select m.training_base_id from training_base_manager m
                                                             where m.user_id = ?))
                order by s.year desc
                """, Integer.class, filters(user, region).toArray());
    }

    /** The parameters of {@link #SURVEYS}: today, the region asked for, the reader's scope and managed bases. */
    private List<Object> filters(CurrentUser user, String region) {
        return List.of(LocalDate.now(clock), regionPattern(region), user.scope().likePattern(),
                user.has(Role.TRAINING_BASE_MANAGER) ? user.id() : -1L);
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

    /**
     * The mean score of the responses to the satisfaction surveys that closed in the year ending on {@code day}
     * (after the same day a year before, up to and including {@code day}), by the first {@code prefixLength} digits
     * of their classes' regions inside {@code pattern} (0: one mean, keyed ""); the plan's training-satisfaction
     * indicator. As for the bases' assessment: no reader's scope (the platform's own figure), only closed surveys with
     * the minimum of responses, a mean over responses. A response carries no time (nothing may lead back to the
     * trainee), so it is dated by its survey's closing, the day its answers were final. A region without such
     * responses is left out.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> rollingYear(int prefixLength, String pattern, LocalDate day) {
        Map<String, BigDecimal> scores = new HashMap<>();
        jdbc.query("""
                select left(s.region_code, ?), avg(r.score) from training_survey s
                join training_survey_response r on r.survey_id = s.id
                where s.kind = 'SATISFACTION' and s.closes_on > ? and s.closes_on <= ? and s.region_code like ?
                  and r.score is not null
                  and (select count(*) from training_survey_response c where c.survey_id = s.id) >= ?
                group by 1
                """, rs -> {
                    scores.put(rs.getString(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP));
                }, prefixLength, day.minusYears(1), day, pattern, properties.minResponses());
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
