package org.iptalent.expert.pool;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RegionScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The terms coming to an end and what each expert's record during the term advises ({@link Reappointment}): the
 * administrations' list of the renewals to decide, soonest first, and the advice an expert's profile and its
 * renewal read.
 */
@Service
public class Renewals {

    /** How far ahead a term's end puts it on the list, and how long after it stays there undecided. */
    public static final int DAYS_AHEAD = 180;
    public static final int DAYS_AFTER = 90;
    public static final int PAGE_SIZE = 20;

    /** An expert whose term ends soon, with its term's record and the advice. */
    public record Due(long expertId, String name, String regionCode, Expert.Status status, LocalDate termEndsOn,
            ExpertView.Scores scores, int declined, int misconduct, Reappointment reappointment) {
    }

    private static final String TERM_RECORD = """
            select e.id, e.display_name, e.region_code, e.status, e.term_ends_on,
                   g.evaluations, g.quality, g.timeliness, g.conduct,
                   (select count(*) from expert_credit c where c.expert_id = e.id and c.kind = 'DECLINED'
                      and c.recorded_at >= e.term_starts_on) as declined,
                   (select count(*) from expert_credit c where c.expert_id = e.id and c.kind = 'MISCONDUCT'
                      and c.recorded_at >= e.term_starts_on) as misconduct
            from expert e
            cross join lateral (select count(*) as evaluations, avg(quality) as quality,
                   avg(timeliness) as timeliness, avg(conduct) as conduct from expert_engagement g
                   where g.expert_id = e.id and g.evaluated_at is not null and g.starts_on >= e.term_starts_on) g
            """;
    private static final String DUE_WHERE = """
            where e.status in ('APPOINTED', 'SUSPENDED') and e.region_code like :region
              and e.term_ends_on between :from and :to
            """;
    private static final String DUE_COUNT = "select count(*) from expert e " + DUE_WHERE;
    private static final String DUE_PAGE = TERM_RECORD + DUE_WHERE
            + "order by e.term_ends_on, e.id limit :limit offset :offset";
    private static final String ONE = TERM_RECORD + "where e.id = :id";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Renewals(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The appointed or suspended experts of the user's region whose term ends within the window, soonest first. */
    @Transactional(readOnly = true)
    public Page<Due> due(int page) {
        ExpertRecords.requireAdministrator();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        PageRequest request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW,
                org.springframework.data.domain.Sort.unsorted());
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("region", RegionScope.current().likePattern())
                .addValue("from", Date.valueOf(today.minusDays(DAYS_AFTER)))
                .addValue("to", Date.valueOf(today.plusDays(DAYS_AHEAD)));
        long total = jdbc.queryForObject(DUE_COUNT, parameters, Long.class);
        return PageRequests.withinResults(request, r -> new PageImpl<>(jdbc.query(DUE_PAGE,
                new MapSqlParameterSource(parameters.getValues()).addValue("limit", r.getPageSize())
                        .addValue("offset", r.getOffset()), (rs, n) -> due(rs)), r, total));
    }

    /** What the record of an expert's current term advises (the caller has checked the expert is visible). */
    public Reappointment advice(long expertId) {
        return jdbc.query(ONE, new MapSqlParameterSource("id", expertId),
                (rs, n) -> due(rs)).stream().findFirst().map(Due::reappointment)
                .orElseThrow(() -> new IllegalStateException("no expert " + expertId));
    }

    private static Due due(java.sql.ResultSet rs) throws java.sql.SQLException {
        ExpertView.Scores scores = new ExpertView.Scores(rs.getInt("evaluations"), decimal(rs, "quality"),
                decimal(rs, "timeliness"), decimal(rs, "conduct"));
        int declined = rs.getInt("declined");
        int misconduct = rs.getInt("misconduct");
        return new Due(rs.getLong("id"), rs.getString("display_name"), rs.getString("region_code"),
                Expert.Status.valueOf(rs.getString("status")), rs.getObject("term_ends_on", LocalDate.class), scores,
                declined, misconduct, Reappointment.of(scores, declined, misconduct));
    }

    private static Double decimal(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return rs.getObject(column) == null ? null : rs.getDouble(column);
    }
}
