package org.iptalent.training.nomination;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The quotas per province of nominated classes, as the national office sets them. */
@Component
class NominationQuotas {

    private final JdbcTemplate jdbc;

    NominationQuotas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A class's quotas by province, in code order. */
    Map<String, Integer> of(long classId) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        jdbc.query("select province_code, quota from nomination_quota where class_id = ? order by province_code",
                rs -> {
                    quotas.put(rs.getString(1), rs.getInt(2));
                }, classId);
        return quotas;
    }

    Integer of(long classId, String province) {
        return jdbc.query("select quota from nomination_quota where class_id = ? and province_code = ?",
                rs -> rs.next() ? rs.getInt(1) : null, classId, province);
    }

    /** Per class: the quotas and the nominations holding a place of them, and those selected (of one province, or all). */
    Map<Long, long[]> summary(java.util.Collection<Long> classIds, String province) {
        Map<Long, long[]> summary = new java.util.HashMap<>();
        if (classIds.isEmpty()) {
            return summary;
        }
        Long[] ids = classIds.toArray(Long[]::new);
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select c.id,
                           (select coalesce(sum(q.quota), 0) from nomination_quota q
                             where q.class_id = c.id and (?::varchar is null or q.province_code = ?)),
                           (select count(*) from nomination n where n.class_id = c.id
                             and (?::varchar is null or n.province_code = ?)
                             and n.status in ('NOMINATED', 'SELECTED', 'ENROLLED')),
                           (select count(*) from nomination n where n.class_id = c.id
                             and (?::varchar is null or n.province_code = ?) and n.status in ('SELECTED', 'ENROLLED'))
                    from unnest(?::bigint[]) as c(id)
                    """);
            for (int i = 1; i <= 6; i++) {
                ps.setString(i, province);
            }
            ps.setArray(7, con.createArrayOf("bigint", ids));
            return ps;
        }, rs -> {
            summary.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        });
        return summary;
    }

    void set(long classId, String province, int quota, Long by, Instant at) {
        jdbc.update("""
                insert into nomination_quota (class_id, province_code, quota, set_at, set_by) values (?, ?, ?, ?, ?)
                on conflict (class_id, province_code)
                do update set quota = excluded.quota, set_at = excluded.set_at, set_by = excluded.set_by
                """, classId, province, quota, Timestamp.from(at), by);
    }
}
