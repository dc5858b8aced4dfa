package org.iptalent.programme.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
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
    private final ReferenceData reference;

    SelectedLeadingTalents(JdbcTemplate jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
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
        return counted(0, region.likePattern(), at).getOrDefault("", BigDecimal.ZERO);
    }

    @Override
    public Map<String, BigDecimal> values(RegionScope.Level level, LocalDate at) {
        int digits = switch (level) {
            case PROVINCE -> 2;
            case CITY -> 4;
            case NATIONAL, NOTHING -> 0;
        };
        if (digits == 0) {
            return Map.of();
        }
        Map<String, BigDecimal> counted = counted(digits, "%", at);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Division division : divisions(level)) {
            values.put(division.code(), counted.getOrDefault(division.code().substring(0, digits), BigDecimal.ZERO));
        }
        return values;
    }

    private Map<String, BigDecimal> counted(int digits, String pattern, LocalDate at) {
        Map<String, BigDecimal> counted = new HashMap<>();
        jdbc.query(STATEMENT, rs -> {
            counted.put(rs.getString(1), BigDecimal.valueOf(rs.getLong(2)));
        }, digits, at, pattern);
        return counted;
    }

    private List<Division> divisions(RegionScope.Level level) {
        List<Division> provinces = reference.provinces().stream().filter(Division::isMainland).toList();
        if (level == RegionScope.Level.PROVINCE) {
            return provinces;
        }
        return provinces.stream().flatMap(p -> reference.citiesOf(p.code()).stream())
                .filter(c -> !"province_administered_county_group".equals(c.kind())).toList();
    }

    @Override
    public String toString() {
        return code();
    }
}
