package org.iptalent.registry.internal.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.iptalent.planning.IndicatorRegions;
import org.iptalent.shared.RegionScope;
import org.springframework.stereotype.Component;

/**
 * {@code registry.public-service-provinces}: the share of the 31 mainland provinces where every category of the
 * public-service team has at least one talent present at the end of the day (the plan: full coverage of every kind
 * of public-service talent at provincial level). A province's own value is 100 or 0; a city has none.
 */
@Component
class PublicServiceProvinces extends PublicServiceCoverage {

    PublicServiceProvinces(PublicServiceTalents talents, IndicatorRegions regions) {
        super(talents, regions);
    }

    @Override
    public String code() {
        return "registry.public-service-provinces";
    }

    @Override
    public BigDecimal value(RegionScope region, LocalDate at) {
        return switch (region.level()) {
            case NATIONAL -> {
                Map<String, BigDecimal> provinces = values(RegionScope.Level.PROVINCE, at);
                long covered = provinces.values().stream().filter(v -> v.signum() > 0).count();
                yield percent(covered, provinces.size());
            }
            case PROVINCE -> all(!covered(talents.byArea(region.likePattern(), at)).isEmpty());
            case CITY, NOTHING -> null;
        };
    }

    @Override
    public Map<String, BigDecimal> values(RegionScope.Level level, LocalDate at) {
        if (level != RegionScope.Level.PROVINCE) {
            return Map.of();
        }
        Set<String> covered = covered(talents.byArea("%", at));
        Map<String, BigDecimal> values = new TreeMap<>();
        regions.provinces().forEach(p -> values.put(p, all(covered.contains(p.substring(0, 2)))));
        return values;
    }

    /** A province's own share: all of it or none. */
    private static BigDecimal all(boolean covered) {
        return percent(covered ? 1 : 0, 1);
    }

    /** The 2-digit prefixes of the provinces where every category of the team is present. */
    private Set<String> covered(Map<String, Set<String>> byArea) {
        Map<String, Set<String>> byProvince = new TreeMap<>();
        byArea.forEach((area, categories) -> byProvince.computeIfAbsent(area.substring(0, 2), k -> new HashSet<>())
                .addAll(categories));
        Set<String> all = talents.categories();
        Set<String> covered = new HashSet<>();
        byProvince.forEach((province, categories) -> {
            if (categories.containsAll(all)) {
                covered.add(province);
            }
        });
        return covered;
    }
}
