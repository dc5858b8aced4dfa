package org.iptalent.analytics.flows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.registry.TalentFlowCount;
import org.iptalent.registry.TalentMovements;
import org.iptalent.shared.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The plan's concentration of talents in Beijing, Shanghai and the Greater Bay Area, year by year. The talents at a
 * year's end are the monthly history's {@code registry.talents} (the registry's own count of who was there, after
 * departures and merges, corrections applied: the annual report's figure), read at December, or at the latest month
 * taken in the current year; a year the history lacks is left out, never counted another way. The net inflow is the
 * year's moves across an area's border ({@link TalentMovements#moves}), so a view reads neither the talents nor their
 * joins.
 */
@Service
public class TalentConcentration {

    static final String TALENTS = "registry.talents";
    static final String COUNTRY = "000000";
    static final String BEIJING = "110000";
    static final String SHANGHAI = "310000";
    /** The Greater Bay Area's nine cities of Guangdong (Hong Kong and Macao keep no records here). */
    static final List<String> GREATER_BAY = List.of("440100", "440300", "440400", "440600", "441300", "441900",
            "442000", "440700", "441200");
    /** The concentration's areas, in the order its lists keep. */
    public static final List<String> AREAS = List.of("BEIJING", "SHANGHAI", "GREATER_BAY");
    /** Each area's regions in the history: a municipality's province code, the bay's nine city codes. */
    private static final List<List<String>> AREA_REGIONS = List.of(List.of(BEIJING), List.of(SHANGHAI), GREATER_BAY);

    private final SnapshotStore history;
    private final TalentMovements movements;
    private final Clock clock;

    TalentConcentration(SnapshotStore history, TalentMovements movements, Clock clock) {
        this.history = history;
        this.movements = movements;
        this.clock = clock;
    }

    /**
     * Every year from {@link TalentFlows#FIRST_YEAR} to this one that the history covers: for the national
     * administration only, since the rest of the country is in it.
     */
    public Concentration concentration() {
        if (!TalentFlows.scope().isNational()) {
            throw new AccessDeniedException("analytics.flows.concentrationNational");
        }
        NavigableMap<Integer, YearMonth> months = yearEnds(LocalDate.now(clock.withZone(TalentFlows.CHINA)).getYear());
        List<Concentration.Year> years = new ArrayList<>();
        if (months.isEmpty()) {
            return new Concentration(AREAS, years);
        }
        Map<Integer, long[]> net = netInflow(months.firstKey(), months.lastKey());
        months.forEach((year, month) -> {
            Map<String, BigDecimal> values = history.regions(TALENTS, month);
            Long country = persons(values.get(COUNTRY));
            if (country == null) {
                // a month taken for some regions only (a correction's test, a partial backfill) covers no year
                return;
            }
            List<Long> talents = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            List<Long> netInflow = new ArrayList<>();
            long[] yearNet = net.getOrDefault(year, new long[AREAS.size()]);
            for (int a = 0; a < AREAS.size(); a++) {
                Long area = sum(values, AREA_REGIONS.get(a));
                talents.add(area);
                shares.add(area == null || country == 0 ? null : BigDecimal.valueOf(100.0 * area / country)
                        .setScale(2, RoundingMode.HALF_UP).doubleValue());
                netInflow.add(yearNet[a]);
            }
            years.add(new Concentration.Year(year, month.toString(), country, talents, shares, netInflow));
        });
        return new Concentration(AREAS, years);
    }

    /**
     * The month each year is read at: December for a past year (a year whose December was not taken is not covered),
     * the latest month taken for the current one.
     */
    private NavigableMap<Integer, YearMonth> yearEnds(int current) {
        NavigableMap<Integer, YearMonth> months = new TreeMap<>();
        for (YearMonth month : history.months(TALENTS)) {
            int year = month.getYear();
            if (year >= TalentFlows.FIRST_YEAR && (month.getMonthValue() == 12 || year == current)
                    && year <= current) {
                months.put(year, month);
            }
        }
        return months;
    }

    /** Each year's moves into an area from outside it, less those out of it, by the areas' order. */
    private Map<Integer, long[]> netInflow(int firstYear, int lastYear) {
        Map<Integer, long[]> net = new HashMap<>();
        for (TalentFlowCount move : movements.moves(firstYear, lastYear)) {
            int to = area(move.toCityCode());
            int from = area(move.fromCityCode());
            if (from == to) {
                continue;
            }
            long[] year = net.computeIfAbsent(move.year(), y -> new long[AREAS.size()]);
            if (to >= 0) {
                year[to] += move.talents();
            }
            if (from >= 0) {
                year[from] -= move.talents();
            }
        }
        return net;
    }

    /** The concentration area a city lies in, or -1. */
    static int area(String cityCode) {
        if (cityCode.startsWith("11")) {
            return 0;
        }
        if (cityCode.startsWith("31")) {
            return 1;
        }
        return GREATER_BAY.contains(cityCode) ? 2 : -1;
    }

    /** The regions' sum, or null when the history lacks one of them. */
    private static Long sum(Map<String, BigDecimal> values, List<String> regions) {
        long sum = 0;
        for (String region : regions) {
            Long value = persons(values.get(region));
            if (value == null) {
                return null;
            }
            sum += value;
        }
        return sum;
    }

    private static Long persons(BigDecimal value) {
        return value == null ? null : value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
