package org.iptalent.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.RegionScope;
import org.springframework.stereotype.Component;

/**
 * The regions every {@link IndicatorSource} answers for: the 31 mainland provinces and their prefecture-level units
 * (cities, prefectures, autonomous prefectures, leagues: 333). The four municipalities have none (their districts are
 * county-level), and the groups of counties a province administers directly (429000 …) are no prefecture-level unit,
 * so neither is among the cities. A source groups its values by the first 2 or 4 digits of a region code; this turns
 * them into a level's values, keyed by the regions' codes.
 */
@Component
public class IndicatorRegions {

    private static final String COUNTY_GROUP = "province_administered_county_group";

    private final ReferenceData reference;

    IndicatorRegions(ReferenceData reference) {
        this.reference = reference;
    }

    /** How many digits of a region code a level's groups keep: 2 by province, 4 by city, 0 for one total. */
    public static int length(RegionScope.Level level) {
        return switch (level) {
            case PROVINCE -> 2;
            case CITY -> 4;
            case NATIONAL, NOTHING -> 0;
        };
    }

    /**
     * The code of the region a prefix of a level's length stands for ({@code 44} is 440000, {@code 4401} is 440100);
     * null for a city prefix ending in 00, which is a province's own records, not a city's.
     */
    public static String code(String prefix) {
        if (prefix.length() == 4 && prefix.endsWith("00")) {
            return null;
        }
        return (prefix + "0000").substring(0, 6);
    }

    /** The 31 mainland provinces' codes. */
    public List<String> provinces() {
        return reference.provinces().stream().filter(Division::isMainland).map(Division::code).toList();
    }

    /** The prefecture-level units inside a region prefix ({@code 44}, {@code 4401}; null: the whole country). */
    public List<String> cities(String prefix) {
        return provinces().stream().flatMap(p -> reference.citiesOf(p).stream())
                .filter(c -> !COUNTY_GROUP.equals(c.kind())).map(Division::code)
                .filter(c -> prefix == null || c.startsWith(prefix)).toList();
    }

    /**
     * Values by region prefix as a level's values: every mainland province (or prefecture-level unit) with its value,
     * {@code none} where the source has none (zero for a count; null leaves the region out, as a mean does), and any
     * other region that has one (a county group's). Empty for a level without groups.
     */
    public Map<String, BigDecimal> byRegion(RegionScope.Level level, Map<String, BigDecimal> byPrefix,
            BigDecimal none) {
        Map<String, BigDecimal> values = new TreeMap<>();
        if (level != RegionScope.Level.PROVINCE && level != RegionScope.Level.CITY) {
            return values;
        }
        if (none != null) {
            (level == RegionScope.Level.PROVINCE ? provinces() : cities(null)).forEach(code -> values.put(code, none));
        }
        byPrefix.forEach((prefix, value) -> {
            String code = prefix.length() == length(level) ? code(prefix) : null;
            if (code != null) {
                values.put(code, value);
            }
        });
        return values;
    }

    /** Counts by region prefix as a level's values, 0 where there is none. */
    public Map<String, BigDecimal> counts(RegionScope.Level level, Map<String, Long> byPrefix) {
        Map<String, BigDecimal> values = new TreeMap<>();
        byPrefix.forEach((prefix, count) -> values.put(prefix, BigDecimal.valueOf(count)));
        return byRegion(level, values, BigDecimal.ZERO);
    }
}
