package org.iptalent.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;

import javax.sql.DataSource;

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
}
