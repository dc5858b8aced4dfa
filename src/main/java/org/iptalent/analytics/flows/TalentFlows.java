package org.iptalent.analytics.flows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.registry.TalentFlowCount;
import org.iptalent.registry.TalentMovements;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Talent flows from the registry's counts of joins and moves ({@link TalentMovements#counts}): per year, each
 * province's (or a province's cities') inflow from other regions, outflow, net flow and new talents, with the largest
 * lines between regions. The plan's concentration in Beijing, Shanghai and the Greater Bay Area is
 * {@link TalentConcentration}'s.
 *
 * <p>Who sees what: the national administration every province and city and the concentration; a provincial
 * administration its own province's row and the lines into and out of it, and its cities; a city administration its
 * own city's row and lines. Employers and talents see no flows: the national figures become public with the annual
 * report.
 */
@Service
public class TalentFlows {

    /** The registry holds no talent from before this year, and a year before it is a typing error. */
    public static final int FIRST_YEAR = 2000;
    public static final int TOP_LINES = 50;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TalentMovements movements;
    private final ReferenceData reference;
    private final Clock clock;

    TalentFlows(TalentMovements movements, ReferenceData reference, Clock clock) {
        this.movements = movements;
        this.reference = reference;
        this.clock = clock;
    }

    /** This year in China: the last year a reader may ask for, and the one shown when none is asked. */
    public int currentYear() {
        return LocalDate.now(clock.withZone(CHINA)).getYear();
    }

    /** The level a reader sees when none is asked: a city administration its city, everyone else the provinces. */
    public FlowLevel defaultLevel() {
        return scope().level() == RegionScope.Level.CITY ? FlowLevel.CITY : FlowLevel.PROVINCE;
    }

    /**
     * A year's flows: {@code level} PROVINCE (default) or CITY, {@code region} the province whose cities to show
     * (default: the reader's own). A year outside 2000 to this year, an unknown level or a region that is no
     * province is refused in words; a province outside the reader's region is not found.
     */
    public FlowYear year(Integer year, String level, String region) {
        RegionScope scope = scope();
        int y = checkYear(year);
        FlowLevel flowLevel = level(level, scope);
        if (flowLevel == FlowLevel.PROVINCE) {
            if (scope.level() == RegionScope.Level.CITY) {
                throw new AccessDeniedException("analytics.flows.cityLevelOnly");
            }
            if (region != null && !region.isBlank()) {
                throw new BusinessRuleException("region", "analytics.flows.regionOnlyForCities");
            }
            List<String> rows = scope.isNational() ? reference.provinces().stream().filter(Division::isMainland)
                    .map(Division::code).toList() : List.of(scope.regionCode());
            return build(y, flowLevel, null, rows, TalentFlows::province);
        }
        String province = province(region, scope);
        List<String> rows = new ArrayList<>(reference.citiesOf(province).stream().map(Division::code)
                .filter(scope::includes).toList());
        if (rows.isEmpty() || scope.includes(province)) {
            // talents recorded at the province's level (all of a municipality's): a row of their own
            rows.add(0, province);
        }
        return build(y, flowLevel, province, rows, UnaryOperator.identity());
    }

    private FlowYear build(int year, FlowLevel level, String province, List<String> regions,
            UnaryOperator<String> key) {
        Map<String, long[]> figures = new LinkedHashMap<>();
        regions.forEach(r -> figures.put(r, new long[3]));
        Map<List<String>, Long> lines = new HashMap<>();
        for (TalentFlowCount count : movements.counts(year, year)) {
            String to = key.apply(count.toCityCode());
            if (count.joined()) {
                add(figures, to, 2, count.talents());
                continue;
            }
            String from = key.apply(count.fromCityCode());
            if (from.equals(to)) {
                continue;
            }
            add(figures, to, 0, count.talents());
            add(figures, from, 1, count.talents());
            if (figures.containsKey(from) || figures.containsKey(to)) {
                lines.merge(List.of(from, to), count.talents(), Long::sum);
            }
        }
        // a province's own row only when talents are recorded at its level (a municipality's always)
        if (province != null && regions.size() > 1 && figures.get(province) != null
                && java.util.Arrays.stream(figures.get(province)).allMatch(v -> v == 0)) {
            figures.remove(province);
        }
        List<FlowYear.Row> rows = figures.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList();
        long[] total = new long[3];
        figures.values().forEach(f -> {
            for (int i = 0; i < 3; i++) {
                total[i] += f[i];
            }
        });
        List<FlowYear.Line> top = lines.entrySet().stream()
                .map(e -> new FlowYear.Line(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingLong(FlowYear.Line::talents).reversed()
                        .thenComparing(FlowYear.Line::from).thenComparing(FlowYear.Line::to))
                .limit(TOP_LINES).toList();
        return new FlowYear(year, level, province, rows, row(null, total), top);
    }

    private static void add(Map<String, long[]> figures, String region, int index, long talents) {
        long[] f = figures.get(region);
        if (f != null) {
            f[index] += talents;
        }
    }

    private static FlowYear.Row row(String region, long[] f) {
        return new FlowYear.Row(region, f[0], f[1], f[0] - f[1], f[2]);
    }

    private int checkYear(Integer year) {
        int current = currentYear();
        if (year == null) {
            return current;
        }
        if (year < FIRST_YEAR || year > current) {
            throw new BusinessRuleException("year", "analytics.flows.yearRange", String.valueOf(FIRST_YEAR),
                    String.valueOf(current));
        }
        return year;
    }

    private static FlowLevel level(String level, RegionScope scope) {
        if (level == null || level.isBlank()) {
            return scope.level() == RegionScope.Level.CITY ? FlowLevel.CITY : FlowLevel.PROVINCE;
        }
        try {
            return FlowLevel.valueOf(level.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("level", "analytics.flows.levelUnknown", level.trim());
        }
    }

    /** The province whose cities to show: the reader's own by default; another's, or an unknown code, not found. */
    private String province(String region, RegionScope scope) {
        if (region == null || region.isBlank()) {
            if (scope.isNational()) {
                throw new BusinessRuleException("region", "analytics.flows.regionRequired");
            }
            return province(scope.regionCode());
        }
        String code = region.trim();
        Division division = reference.division(code).filter(Division::isMainland)
                .orElseThrow(() -> new RecordNotFoundException("Region", code));
        if (!division.isProvince()) {
            throw new BusinessRuleException("region", "analytics.flows.regionNotProvince", code);
        }
        // a city administration reads its own province's page, where only its city is a row
        if (!scope.isNational() && !scope.regionCode().startsWith(code.substring(0, 2))) {
            throw new RecordNotFoundException("Region", code);
        }
        return code;
    }

    private static String province(String code) {
        return code.substring(0, 2) + "0000";
    }

    /** Administrators with a region; nobody else reads the registry's figures by region. */
    static RegionScope scope() {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN) && !user.has(Role.PROVINCIAL_ADMIN) && !user.has(Role.CITY_ADMIN)
                || user.scope().isNothing()) {
            throw new AccessDeniedException("analytics.flows.forbidden");
        }
        return user.scope();
    }
}
