package org.iptalent.planning.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.plan.PlanRegions;
import org.iptalent.shared.RegionScope;

/** One reading of a source: the country, every province and every city at the end of a day, in three calls. */
final class SourceReadings {

    private SourceReadings() {
    }

    static Map<String, BigDecimal> read(IndicatorSource source, LocalDate at) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(PlanRegions.NATIONAL, source.value(RegionScope.national(), at));
        values.putAll(source.values(RegionScope.Level.PROVINCE, at));
        values.putAll(source.values(RegionScope.Level.CITY, at));
        return values;
    }
}
