package org.iptalent.training.indicators;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.RegionScope;
import org.springframework.stereotype.Component;

/**
 * The regions training's sources answer for, as the registry's do: the 31 mainland provinces and their
 * prefecture-level units (not the groups of counties a province administers directly); values grouped by the first
 * 2 or 4 digits of a region code, keyed by the region's code.
 */
@Component
class TrainingRegions {

    private final ReferenceData reference;

    TrainingRegions(ReferenceData reference) {
        this.reference = reference;
    }

    /** How many digits of a region code a level's groups keep: 2 by province, 4 by city, 0 for one total. */
    static int length(RegionScope.Level level) {
        return level == RegionScope.Level.PROVINCE ? 2 : level == RegionScope.Level.CITY ? 4 : 0;
    }

    /**
     * Values by region prefix keyed by their regions' codes ({@code 44} as 440000, {@code 4401} as 440100), a
     * province's own records (a city prefix ending in 00) left out of the cities; with {@code zero}, every mainland
     * province or prefecture-level unit of the level without a value gets it.
     */
    Map<String, BigDecimal> byRegion(RegionScope.Level level, Map<String, BigDecimal> byPrefix, BigDecimal zero) {
        Map<String, BigDecimal> values = new TreeMap<>();
        if (zero != null) {
            regions(level).forEach(code -> values.put(code, zero));
        }
        byPrefix.forEach((prefix, value) -> {
            if (prefix.length() == 2 || prefix.length() == 4 && !prefix.endsWith("00")) {
                values.put((prefix + "0000").substring(0, 6), value);
            }
        });
        return values;
    }

    private Stream<String> regions(RegionScope.Level level) {
        Stream<Division> provinces = reference.provinces().stream().filter(Division::isMainland);
        return switch (level) {
            case PROVINCE -> provinces.map(Division::code);
            case CITY -> provinces.flatMap(p -> reference.citiesOf(p.code()).stream())
                    .filter(c -> !c.kind().equals("province_administered_county_group")).map(Division::code);
            case NATIONAL, NOTHING -> Stream.empty();
        };
    }
}
