package org.iptalent.registry.internal.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.iptalent.planning.IndicatorRegions;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.shared.RegionScope;

/**
 * A count of the talents present at the end of a day that one statement over {@link PresentTalents#PRESENT}
 * selects, grouped by region: the registry's talents, its licensed patent agents, its information-service staff.
 */
final class PersonCount implements IndicatorSource {

    private final String code;
    private final String statement;
    private final PresentTalents talents;
    private final IndicatorRegions regions;

    PersonCount(String code, String statement, PresentTalents talents, IndicatorRegions regions) {
        this.code = code;
        this.statement = statement;
        this.talents = talents;
        this.regions = regions;
    }

    @Override
    public String code() {
        return code;
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
        return BigDecimal.valueOf(talents.counts(statement, 0, region.likePattern(), at).getOrDefault("", 0L));
    }

    @Override
    public Map<String, BigDecimal> values(RegionScope.Level level, LocalDate at) {
        int length = IndicatorRegions.length(level);
        return length == 0 ? Map.of()
                : regions.counts(level, talents.counts(statement, length, "%", at));
    }

    @Override
    public String toString() {
        return code;
    }
}
