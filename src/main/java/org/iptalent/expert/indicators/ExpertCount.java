package org.iptalent.expert.indicators;

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

/**
 * A count of experts at the end of a day by the expert's region, from one grouping statement: the country and a
 * region are its single group, a level's values its groups by the first 2 (province) or 4 (city) digits, looked up
 * for every mainland province or prefecture city (not a province's directly administered county groups), 0 where
 * there is none. An expert recorded at a province's own code counts for the province, for none of its cities.
 */
abstract class ExpertCount implements IndicatorSource {

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;

    ExpertCount(JdbcTemplate jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    /** The statement: parameters (digits kept, day, region pattern) in this order; rows (region prefix, count). */
    abstract String statement();

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
        jdbc.query(statement(), rs -> {
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
