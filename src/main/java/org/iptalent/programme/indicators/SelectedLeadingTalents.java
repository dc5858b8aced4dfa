package org.iptalent.programme.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.iptalent.planning.IndicatorRegions;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code programme.selected-leading-talents}: the talents selected by a national talent programme (the national IP
 * leading talents, the high-level IP talents) on or before the day, by their region when selected. A talent selected
 * by both national programmes counts once. Provincial programmes do not count: the plan names the national ones.
 */
@Component
class SelectedLeadingTalents implements IndicatorSource {

    private static final String STATEMENT = """
            select left(s.region_code, ?), count(distinct s.talent_id) from programme_selection s
            join talent_programme p on p.id = s.programme_id
            where p.level = 'NATIONAL' and s.selected_on <= ? and s.region_code like ?
            group by 1""";

    private final JdbcTemplate jdbc;
    private final IndicatorRegions regions;

    SelectedLeadingTalents(JdbcTemplate jdbc, IndicatorRegions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    @Override
    public String code() {
        return "programme.selected-leading-talents";
    }

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
        jdbc.query(STATEMENT, rs -> {
            counted.put(rs.getString(1), rs.getLong(2));
        }, digits, at, pattern);
        return counted;
    }

    @Override
    public String toString() {
        return code();
    }
}
