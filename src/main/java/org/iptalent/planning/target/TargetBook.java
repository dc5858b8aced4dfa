package org.iptalent.planning.target;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The targets regions are measured against, for the pages that show a region's progress (the dashboard of a
 * provincial administrator): a region's effective target is the one it refined, else the one the level above assigned
 * it, in the indicator's unit. The country has none here: its target is the plan's. One statement, no region check:
 * the caller reads for a region the user may see.
 */
@Component
public class TargetBook {

    private final JdbcTemplate jdbc;

    TargetBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The effective target of each indicator that has one for the region; an indicator without one is left out. */
    public Map<Long, BigDecimal> targets(Collection<Long> indicatorIds, String regionCode) {
        Map<Long, BigDecimal> targets = new LinkedHashMap<>();
        if (indicatorIds.isEmpty() || regionCode == null) {
            return targets;
        }
        jdbc.query("""
                select indicator_id, coalesce(refined, assigned) from regional_target
                where indicator_id = any(?) and region_code = ?""",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", indicatorIds.toArray()));
                    ps.setString(2, regionCode);
                },
                rs -> {
                    targets.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return targets;
    }

    /** Every region's effective target of one indicator, by region code. */
    public Map<String, BigDecimal> regions(long indicatorId) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        jdbc.query("""
                select region_code, coalesce(refined, assigned) from regional_target
                where indicator_id = ? order by region_code""",
                rs -> {
                    targets.put(rs.getString(1), rs.getBigDecimal(2));
                }, indicatorId);
        return targets;
    }
}
