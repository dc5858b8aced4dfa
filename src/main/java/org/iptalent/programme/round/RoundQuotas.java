package org.iptalent.programme.round;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A round's quotas of nominations per province. */
@Component
class RoundQuotas {

    private final JdbcTemplate jdbc;

    RoundQuotas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Integer> of(long roundId) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        jdbc.query("select province_code, quota from programme_quota where round_id = ? order by province_code",
                rs -> {
                    quotas.put(rs.getString(1), rs.getInt(2));
                }, roundId);
        return quotas;
    }

    int of(long roundId, String province) {
        Integer quota = jdbc.query("select quota from programme_quota where round_id = ? and province_code = ?",
                rs -> rs.next() ? rs.getInt(1) : null, roundId, province);
        return quota == null ? 0 : quota;
    }

    void set(long roundId, String province, int quota) {
        jdbc.update("""
                insert into programme_quota (round_id, province_code, quota) values (?, ?, ?)
                on conflict (round_id, province_code) do update set quota = excluded.quota""",
                roundId, province, quota);
    }
}
