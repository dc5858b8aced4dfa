package org.iptalent.registry.internal.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.iptalent.planning.IndicatorRegions;
import org.iptalent.shared.RegionScope;
import org.springframework.stereotype.Component;

/**
 * {@code registry.public-service-cities}: the share of prefecture-level cities ({@link IndicatorRegions}: the 333
 * prefecture-level units of the mainland provinces) with at least one public-service talent present at the end of
 * the day (the plan: coverage of over 50 % of prefecture-level cities). The country's share is over all of them, a
 * province's over its own; a city's own value is 100 or 0. A municipality has no prefecture-level unit, so no value
 * (its talents are no city's), and talents of a group of counties a province administers cover no city.
 */
@Component
class PublicServiceCities extends PublicServiceCoverage {

    PublicServiceCities(PublicServiceTalents talents, IndicatorRegions regions) {
        super(talents, regions);
    }

    @Override
    public String code() {
        return "registry.public-service-cities";
    }

    @Override
    public BigDecimal value(RegionScope region, LocalDate at) {
        return share(regions.cities(region.prefix()), talents.byArea(region.likePattern(), at).keySet());
    }

    @Override
    public Map<String, BigDecimal> values(RegionScope.Level level, LocalDate at) {
        Map<String, BigDecimal> values = new TreeMap<>();
        if (level != RegionScope.Level.PROVINCE && level != RegionScope.Level.CITY) {
            return values;
        }
        Set<String> covered = talents.byArea("%", at).keySet();
        if (level == RegionScope.Level.CITY) {
            regions.cities(null).forEach(c -> values.put(c, share(List.of(c), covered)));
        } else {
            regions.provinces().forEach(p -> {
                BigDecimal share = share(regions.cities(p.substring(0, 2)), covered);
                if (share != null) {
                    values.put(p, share);
                }
            });
        }
        return values;
    }

    /** The share of these cities whose 4-digit prefix has a public-service talent; none of no city. */
    private static BigDecimal share(List<String> cities, Set<String> covered) {
        long reached = cities.stream().filter(c -> covered.contains(c.substring(0, 4))).count();
        return percent(reached, cities.size());
    }
}
