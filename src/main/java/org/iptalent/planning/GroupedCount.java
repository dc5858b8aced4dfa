package org.iptalent.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A dated count of persons from one grouping statement, for a module's {@link IndicatorSource}: the country and a
 * region are its single group, a level's values its groups by the first 2 (province) or 4 (city) digits, for the
 * regions every source answers for ({@link IndicatorRegions}), 0 where there is none. A record at a province's own
 * code counts for the province, for none of its cities.
 */
public abstract class GroupedCount implements IndicatorSource {

    private final JdbcTemplate jdbc;
    private final IndicatorRegions regions;

    protected GroupedCount(JdbcTemplate jdbc, IndicatorRegions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /** The statement: parameters (digits kept, day, region pattern) in this order; rows (region prefix, count). */
    protected abstract String statement();

    @Override
    public IndicatorUnit unit() {
        return IndicatorUnit.PERSONS;
    }

    @Override
    public boolean dated() {
        return true;
    }

    @Override
    public BigDecimal value(RegionScope region, LocalDate at) {
        if (region.isNothing()) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(counted(0, region.likePattern(), at).getOrDefault("", 0L));
    }

    @Override
    public Map<String, BigDecimal> values(RegionScope.Level level, LocalDate at) {
        int digits = IndicatorRegions.length(level);
        return digits == 0 ? Map.of() : regions.counts(level, counted(digits, "%", at));
    }

    private Map<String, Long> counted(int digits, String pattern, LocalDate at) {
        Map<String, Long> counted = new HashMap<>();
        jdbc.query(statement(), rs -> {
            counted.put(rs.getString(1), rs.getLong(2));
        }, digits, at, pattern);
        return counted;
    }

    @Override
    public String toString() {
        return code();
    }
}
