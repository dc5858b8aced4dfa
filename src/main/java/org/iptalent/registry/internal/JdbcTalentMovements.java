package org.iptalent.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.iptalent.registry.TalentFlowCount;
import org.iptalent.registry.TalentMovement;
import org.iptalent.registry.TalentMovements;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joins read from the talent rows (a talent's first region and employer are those its first move left, or
 * its current ones when it never moved), moves from the flows, merged in time order by PostgreSQL and
 * streamed through a cursor.
 */
@Component
class JdbcTalentMovements implements TalentMovements {

    private static final int FETCH = 1_000;
    /** Years are counted in China's time: a talent registered on New Year's morning in Beijing joined that year. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;

    JdbcTalentMovements(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
    }

    /** In a read-only transaction, so that PostgreSQL streams the rows through a cursor. */
    @Override
    @Transactional(readOnly = true)
    public void each(Instant from, Instant to, Consumer<TalentMovement> each) {
        String region = RegionScope.current().likePattern();
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        jdbc.query("""
                select * from (
                  select t.id talent_id, 'JOINED' kind, t.created_at at, null from_region,
                    coalesce(first.from_region_code, t.region_code) to_region, null::bigint from_employer,
                    case when first.id is null then t.employer_id else first.from_employer_id end to_employer, 0 seq
                  from talent t
                  left join lateral (select f.id, f.from_region_code, f.from_employer_id from talent_flow f
                    where f.talent_id = t.id order by f.moved_at, f.id limit 1) first on true
                  where t.created_at >= ? and t.created_at < ? and t.merged_into_id is null
                  union all
                  select f.talent_id, 'MOVED', f.moved_at, f.from_region_code, f.to_region_code, f.from_employer_id,
                    f.to_employer_id, f.id
                  from talent_flow f where f.moved_at >= ? and f.moved_at < ?) m
                where m.to_region like ? or m.from_region like ?
                order by m.at, m.seq, m.talent_id""", rs -> {
            each.accept(new TalentMovement(rs.getLong("talent_id"), TalentMovement.Kind.valueOf(rs.getString("kind")),
                    rs.getTimestamp("at").toInstant(), rs.getString("from_region"), rs.getString("to_region"),
                    (Long) rs.getObject("from_employer"), (Long) rs.getObject("to_employer")));
        }, start, end, start, end, region, region);
    }

    /**
     * Joins and moves as in {@link #each}, grouped by year and city in PostgreSQL: each talent's first move is found
     * by one pass over the flows (a hash join, not a probe per talent), and moves that stay in one city are left out.
     */
    @Override
    @Transactional(readOnly = true)
    public List<TalentFlowCount> counts(int firstYear, int lastYear) {
        String region = RegionScope.current().likePattern();
        Timestamp start = Timestamp.from(LocalDate.of(firstYear, 1, 1).atStartOfDay(CHINA).toInstant());
        Timestamp end = Timestamp.from(LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(CHINA).toInstant());
        return jdbc.query("""
                select m.year, left(m.from_region, 4) from_city, left(m.to_region, 4) to_city, count(*) talents
                from (
                  select extract(year from t.created_at at time zone 'Asia/Shanghai')::int as year,
                    null::varchar from_region, coalesce(first.from_region_code, t.region_code) to_region
                  from talent t
                  left join (select distinct on (f.talent_id) f.talent_id, f.from_region_code from talent_flow f
                    order by f.talent_id, f.moved_at, f.id) first on first.talent_id = t.id
                  where t.created_at >= ? and t.created_at < ? and t.merged_into_id is null
                  union all
                  select extract(year from f.moved_at at time zone 'Asia/Shanghai')::int, f.from_region_code,
                    f.to_region_code
                  from talent_flow f
                  where f.moved_at >= ? and f.moved_at < ? and left(f.from_region_code, 4) <> left(f.to_region_code, 4)
                ) m
                where m.to_region like ? or m.from_region like ?
                group by 1, 2, 3
                order by 1, 2 nulls first, 3""", (rs, n) -> {
            String from = rs.getString("from_city");
            return new TalentFlowCount(rs.getInt("year"), from == null ? null : from + "00",
                    rs.getString("to_city") + "00", rs.getLong("talents"));
        }, start, end, start, end, region, region);
    }

    /**
     * The moves of {@link #counts} alone: one pass over the flows of the years (the index on {@code moved_at} when
     * the years are few), grouped by year and city, the talents never read.
     */
    @Override
    @Transactional(readOnly = true)
    public List<TalentFlowCount> moves(int firstYear, int lastYear) {
        String region = RegionScope.current().likePattern();
        Timestamp start = Timestamp.from(LocalDate.of(firstYear, 1, 1).atStartOfDay(CHINA).toInstant());
        Timestamp end = Timestamp.from(LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(CHINA).toInstant());
        return jdbc.query(MOVES, (rs, n) -> new TalentFlowCount(rs.getInt("year"), rs.getString("from_city") + "00",
                rs.getString("to_city") + "00", rs.getLong("talents")), start, end, region, region);
    }

    /** Moves between cities by year (China's time), of a region's {@code LIKE} pattern: {@link #moves}. */
    static final String MOVES = """
            select extract(year from f.moved_at at time zone 'Asia/Shanghai')::int as year,
              left(f.from_region_code, 4) from_city, left(f.to_region_code, 4) to_city, count(*) talents
            from talent_flow f
            where f.moved_at >= ? and f.moved_at < ? and left(f.from_region_code, 4) <> left(f.to_region_code, 4)
              and (f.to_region_code like ? or f.from_region_code like ?)
            group by 1, 2, 3
            order by 1, 2, 3""";
}
