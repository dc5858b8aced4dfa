package org.iptalent.training.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.iptalent.planning.IndicatorRegions;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A dated source whose one statement groups its values by the first digits of a region code: the country's value is
 * the single group of none, a level's values its groups by 2 or 4 digits.
 */
abstract class GroupedSource implements IndicatorSource {

    private final IndicatorRegions regions;

    GroupedSource(IndicatorRegions regions) {
        this.regions = regions;
    }

    /** The values at the end of {@code day} by the first {@code length} digits of the regions of {@code pattern}. */
    abstract Map<String, BigDecimal> grouped(int length, String pattern, LocalDate day);

    /** A region's value when the statement has none for it: zero for a count, none for a mean. */
    abstract BigDecimal none();

    @Override
    public boolean dated() {
        return true;
    }

    @Override
    public BigDecimal value(RegionScope region, LocalDate at) {
        return grouped(0, region.likePattern(), at).getOrDefault("", none());
    }

    @Override
    public Map<String, BigDecimal> values(RegionScope.Level level, LocalDate at) {
        int length = IndicatorRegions.length(level);
        return length == 0 ? Map.of() : regions.byRegion(level, grouped(length, "%", at), none());
    }

    /** A counting statement's rows, a region prefix and a count, as values. */
    static Map<String, BigDecimal> counts(JdbcTemplate jdbc, String statement, Object... parameters) {
        Map<String, BigDecimal> counts = new HashMap<>();
        jdbc.query(statement, rs -> {
            counts.put(rs.getString(1), BigDecimal.valueOf(rs.getLong(2)));
        }, parameters);
        return counts;
    }

    @Override
    public String toString() {
        return code();
    }
}
