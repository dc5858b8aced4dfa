package org.iptalent.training.effect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.iptalent.training.survey.Satisfaction;
import org.iptalent.training.survey.SurveyProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training-effect report per program or base, in the reader's scope (the satisfaction page's rule:
 * administrators their region, a base's manager their bases), and the effect measure of bases for their annual
 * assessment. Means are over trainees or responses, summed across classes, never means of class means.
 */
@Service
public class EffectReports {

    private final JdbcTemplate jdbc;
    private final SurveyProperties surveyProperties;
    private final Clock clock;

    EffectReports(JdbcTemplate jdbc, SurveyProperties surveyProperties, Clock clock) {
        this.jdbc = jdbc;
        this.surveyProperties = surveyProperties;
        this.clock = clock;
    }

    /**
     * Sums per class, joined to what the class belongs to; the scope and the range of end dates are bound
     * parameters, so that only the year's classes are summed (a plain range on the end date, not its year
     * computed for every class ever closed).
     */
    private static final String SUMS = """
            with c as (
                select c.id, c.base_id, b.name base_name, b.region_code base_region, p.id program_id,
                       p.title program_title
                from training_class c
                join training_base b on b.id = c.base_id
                join program_level l on l.id = c.level_id
                join training_program p on p.id = l.program_id
                where c.status = 'CLOSED' and c.ends_on between ? and ?
                  and (c.region_code like ? or c.base_id in
                      (select m.training_base_id from training_base_manager m where m.user_id = ?))
            )
            select %s, count(*), coalesce(sum(rx.n), 0), coalesce(sum(rx.total), 0),
                   coalesce(sum(ln.n), 0), coalesce(sum(ln.total), 0),
                   coalesce(sum(fu.bn), 0), coalesce(sum(fu.btotal), 0), coalesce(sum(fu.rn), 0),
                   coalesce(sum(fu.rtotal), 0), coalesce(sum(fu.sent), 0), coalesce(sum(fu.answered), 0)
            from c
            left join lateral (select count(r.score) n, sum(r.score) total from training_survey s
                               join training_survey_response r on r.survey_id = s.id
                               where s.class_id = c.id and s.kind = 'SATISFACTION' and s.closes_on < ?
                               group by s.id having count(*) >= ?) rx on true
            left join lateral (select count(*) n, sum(t.post_score - t.pre_score) total from training_test_score t
                               where t.class_id = c.id and t.pre_score is not null and t.post_score is not null) ln on true
            left join lateral (select count(*) sent, count(f.answered_at) answered, count(f.behaviour_score) bn,
                                      sum(f.behaviour_score) btotal, count(f.results_score) rn, sum(f.results_score) rtotal
                               from training_survey s join training_follow_up f on f.survey_id = s.id
                               where s.class_id = c.id and s.kind = 'FOLLOW_UP') fu on true
            group by %s
            """;

    @Transactional(readOnly = true)
    public EffectReport report(EffectReport.Grouping by, Integer year) {
        CurrentUser user = CurrentUser.require();
        if (!Satisfaction.reads(user)) {
            throw new AccessDeniedException("satisfaction.notForYou");
        }
        String scope = user.scope().likePattern();
        long manager = user.has(Role.TRAINING_BASE_MANAGER) ? user.id() : -1L;
        List<Integer> years = jdbc.queryForList("""
                select distinct extract(year from c.ends_on)::int from training_class c
                where c.status = 'CLOSED' and (c.region_code like ? or c.base_id in
                      (select m.training_base_id from training_base_manager m where m.user_id = ?))
                order by 1 desc
                """, Integer.class, scope, manager);
        String key = by == EffectReport.Grouping.BASE ? "c.base_id, c.base_name, c.base_region"
                : "c.program_id, c.program_title, null::varchar";
        String group = by == EffectReport.Grouping.BASE ? "c.base_id, c.base_name, c.base_region"
                : "c.program_id, c.program_title";
        // reaction: the closed surveys with the minimum of responses, as on the satisfaction page
        LocalDate today = LocalDate.now(clock);
        int minimum = surveyProperties.minResponses();
        LocalDate from = year == null ? LocalDate.of(1, 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate until = year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
        List<Object[]> sums = jdbc.query(String.format(SUMS, key, group), (rs, n) -> row(rs, 4), from, until,
                scope, manager, today, minimum);
        List<EffectReport.Row> rows = new ArrayList<>();
        for (Object[] s : sums) {
            rows.add(line((Long) s[0], (String) s[1], (String) s[2], (long[]) s[3], (BigDecimal[]) s[4]));
        }
        rows.sort(java.util.Comparator.comparing(EffectReport.Row::name));
        long[] counts = new long[7];
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (Object[] s : sums) {
            long[] c = (long[]) s[3];
            BigDecimal[] t = (BigDecimal[]) s[4];
            for (int i = 0; i < counts.length; i++) {
                counts[i] += c[i];
            }
            for (int i = 0; i < totals.length; i++) {
                totals[i] = totals[i].add(t[i]);
            }
        }
        return new EffectReport(by, year, years, rows, line(null, null, null, counts, totals));
    }

    private static Object[] row(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        // key columns, then: classes, reaction n/total, learning n/total, behaviour n/total, results n/total,
        // follow-ups sent/answered
        long[] counts = {rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 3), rs.getLong(first + 5),
                rs.getLong(first + 7), rs.getLong(first + 9), rs.getLong(first + 10)};
        BigDecimal[] totals = {rs.getBigDecimal(first + 2), rs.getBigDecimal(first + 4), rs.getBigDecimal(first + 6),
                rs.getBigDecimal(first + 8)};
        return new Object[] {rs.getObject(1) == null ? null : rs.getLong(1), rs.getString(2), rs.getString(3), counts,
                totals};
    }

    private static EffectReport.Row line(Long id, String name, String region, long[] c, BigDecimal[] t) {
        return new EffectReport.Row(id, name, region, c[0], measure(t[0], c[1]), measure(t[1], c[2]),
                measure(t[2], c[3]), measure(t[3], c[4]), c[5], c[6]);
    }

    private static EffectReport.Measure measure(BigDecimal total, long count) {
        return new EffectReport.Measure(count == 0 ? null
                : total.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP), count);
    }

    /**
     * The effect measure of bases in a year, for their annual assessment: the mean over the answered follow-ups
     * about the trainees of the base's classes that ended that year of each follow-up's score (the mean of its
     * behaviour and results answers, on 100 points), as a satisfaction score is the mean over responses; bases
     * without an answered follow-up are left out. No scope: the assessment is the platform's own.
     */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> followUpScoresOfBases(int year, Collection<Long> baseIds) {
        Map<Long, BigDecimal> scores = new HashMap<>();
        if (baseIds.isEmpty()) {
            return scores;
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select s.base_id, avg(f.score) from training_survey s
                    join (select f.survey_id, avg(a.score) score from training_follow_up f
                          join training_follow_up_answer a on a.follow_up_id = f.id
                          where a.score is not null group by f.id, f.survey_id) f on f.survey_id = s.id
                    where s.kind = 'FOLLOW_UP' and s.year = ? and s.base_id = any(?)
                    group by s.base_id
                    """);
            ps.setInt(1, year);
            ps.setArray(2, con.createArrayOf("bigint", baseIds.toArray(Long[]::new)));
            return ps;
        }, rs -> {
            scores.put(rs.getLong(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP));
        });
        return scores;
    }
}
