package org.iptalent.analytics.supplydemand;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.demand.DemandFigures;
import org.iptalent.demand.DemandFigures.DemandCell;
import org.iptalent.demand.DemandHorizon;
import org.iptalent.reference.Division;
import org.iptalent.reference.Industry;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.registry.TalentSupply;
import org.iptalent.registry.TalentSupply.Counted;
import org.iptalent.registry.TalentSupply.GroupCount;
import org.iptalent.registry.TalentSupply.Grouping;
import org.iptalent.registry.TalentSupply.SupplyFilter;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The supply-versus-demand map's figures for the administrations: the registry's active talents now (one grouping
 * statement; the country's provinces and industries of a large registry from its summary of a few minutes ago, with
 * the time it was counted) against the demand reported for a survey year and horizon, by province or by a province's cities, and by
 * industry. Regional detail is scoped: the national office sees every province, a provincial office its own province
 * and its cities, a city office its city; another region is not found.
 */
@Service
public class SupplyDemandMap {

    public static final String NATIONAL = "000000";
    public static final String PROVINCE = "PROVINCE";
    public static final String CITY = "CITY";

    private final TalentSupply supply;
    private final DemandFigures demand;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Clock clock;

    SupplyDemandMap(TalentSupply supply, DemandFigures demand, ReferenceData reference, MessageSource messages,
            Clock clock) {
        this.supply = supply;
        this.demand = demand;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    /** A query checked against the code lists and the user's region, its defaults filled in. */
    public record Checked(String level, String region, String team, String category, String industry, int year,
            DemandHorizon horizon) {
    }

    /** The figures of one filter by region. */
    public SupplyDemandView byRegion(SupplyDemandQuery query, Locale locale) {
        return byRegion(check(query), locale);
    }

    public SupplyDemandView byRegion(Checked q, Locale locale) {
        boolean provinces = PROVINCE.equals(q.level());
        List<Division> parts = parts(q);
        Counted counted = supply.recent(filter(q), provinces ? Grouping.PROVINCE : Grouping.REGION);
        Map<String, Long> supplied = counts(counted.counts());
        Map<String, Long> needed = new HashMap<>();
        for (DemandCell cell : cells(q)) {
            needed.merge(provinces || cell.cityCode() == null ? cell.provinceCode() : cell.cityCode(), cell.count(),
                    Long::sum);
        }
        List<SupplyDemandView.Row> rows = new ArrayList<>();
        for (Division part : parts) {
            rows.add(row(part.code(), part.name(locale), supplied, needed));
        }
        // what names a province but no city: the province's own row, shown when there is any
        if (!provinces && q.region().endsWith("0000")
                && (supplied.getOrDefault(q.region(), 0L) > 0 || needed.getOrDefault(q.region(), 0L) > 0)) {
            rows.add(row(q.region(), message("analytics.supplyDemand.noCity", locale), supplied, needed));
        }
        return new SupplyDemandView(q.level(), q.region(), regionName(q.region(), locale), q.team(), q.category(),
                q.industry(), q.year(), q.horizon().name(), rows, totals(rows), counted.countedAt());
    }

    /** The same filter within the region by industry (the industries with supply or demand, in code order). */
    public List<SupplyDemandView.Row> byIndustry(Checked q, Locale locale) {
        Map<String, Long> supplied = counts(supply.recent(filter(q), Grouping.INDUSTRY).counts());
        Map<String, Long> needed = new HashMap<>();
        for (DemandCell cell : cells(q)) {
            needed.merge(cell.industryCode(), cell.count(), Long::sum);
        }
        List<SupplyDemandView.Row> rows = new ArrayList<>();
        for (Industry industry : reference.industries()) {
            if (!industry.isSection() && (supplied.containsKey(industry.code()) || needed.containsKey(industry.code()))) {
                rows.add(row(industry.code(), industry.name(locale), supplied, needed));
            }
        }
        return rows;
    }

    /** The survey years with demand, latest first; this year when none has any. */
    public List<Integer> years() {
        List<Integer> years = demand.years();
        return years.isEmpty() ? List.of(Year.now(clock).getValue()) : years;
    }

    /**
     * Checks the query: an unknown level, horizon, team, category or industry (or a category of another team) is a
     * refusal in words; a region that is unknown or outside the user's is not found. Defaults: the national office the
     * country's provinces, any other office the cities of its own region; the latest survey year; demand now.
     */
    public Checked check(SupplyDemandQuery query) {
        RegionScope scope = scope();
        String team = blank(query.team());
        String category = blank(query.category());
        String industry = blank(query.industry());
        List<Problem> problems = new ArrayList<>();
        reference.checkTerm("team", TaxonomyKind.TEAM, team).ifPresent(problems::add);
        reference.checkTerm("category", TaxonomyKind.CATEGORY, category).ifPresent(problems::add);
        reference.checkIndustry("industry", industry).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (category != null && team != null && reference.term(TaxonomyKind.CATEGORY, category).map(Term::parentCode)
                .filter(team::equals).isEmpty()) {
            throw new BusinessRuleException("category", "analytics.supplyDemand.categoryNotOfTeam", category, team);
        }
        String level = blank(query.level()) == null ? (scope.isNational() ? PROVINCE : CITY)
                : query.level().trim().toUpperCase(Locale.ROOT);
        if (!PROVINCE.equals(level) && !CITY.equals(level)) {
            throw new BusinessRuleException("level", "analytics.supplyDemand.levelUnknown", query.level().trim());
        }
        String region = region(blank(query.region()), level, scope);
        int year = query.year() == null ? years().get(0) : query.year();
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("year", "analytics.supplyDemand.yearRange", String.valueOf(year));
        }
        DemandHorizon horizon = horizon(blank(query.horizon()));
        return new Checked(level, region, team, category, industry, year, horizon);
    }

    /** The province a national office asks for the cities of, or the user's own region. */
    private String region(String code, String level, RegionScope scope) {
        if (PROVINCE.equals(level)) {
            // the country's provinces: a provincial office sees its own alone, a city office none of them
            if (code != null && !NATIONAL.equals(code) || scope.level() == RegionScope.Level.CITY) {
                throw new RecordNotFoundException("Region", code == null ? NATIONAL : code);
            }
            return NATIONAL;
        }
        if (code == null) {
            if (scope.isNational()) {
                throw new BusinessRuleException("region", "analytics.supplyDemand.regionRequired");
            }
            return scope.regionCode();
        }
        // the cities of a province, or a city alone; the country or a region of another's is not found
        Division division = reference.division(code).filter(Division::isMainland)
                .orElseThrow(() -> new RecordNotFoundException("Region", code));
        if (!scope.includes(division.code())) {
            throw new RecordNotFoundException("Region", code);
        }
        return division.code();
    }

    private static DemandHorizon horizon(String code) {
        if (code == null) {
            return DemandHorizon.NOW;
        }
        for (DemandHorizon horizon : DemandHorizon.values()) {
            if (horizon.name().equalsIgnoreCase(code)) {
                return horizon;
            }
        }
        throw new BusinessRuleException("horizon", "analytics.supplyDemand.horizonUnknown", code);
    }

    /** The rows' regions: the provinces in the user's scope, or the cities of a province, or the one city. */
    private List<Division> parts(Checked q) {
        RegionScope scope = scope();
        if (PROVINCE.equals(q.level())) {
            return reference.provinces().stream().filter(Division::isMainland).filter(d -> scope.includes(d.code()))
                    .toList();
        }
        Division region = reference.division(q.region()).orElseThrow();
        return region.isProvince() ? reference.citiesOf(region.code()) : List.of(region);
    }

    private SupplyFilter filter(Checked q) {
        return new SupplyFilter(NATIONAL.equals(q.region()) ? scope().regionCode() : q.region(), q.team(),
                q.category(), q.industry());
    }

    /** The demand cells of the year and horizon within the region and filter. */
    private List<DemandCell> cells(Checked q) {
        RegionScope within = NATIONAL.equals(q.region()) ? scope() : RegionScope.of(q.region());
        return demand.grouped(q.year(), q.horizon()).stream()
                .filter(c -> within.includes(c.cityCode() == null ? c.provinceCode() : c.cityCode()))
                .filter(c -> q.team() == null || q.team().equals(c.team()))
                .filter(c -> q.category() == null || q.category().equals(c.category()))
                .filter(c -> q.industry() == null || q.industry().equals(c.industryCode()))
                .toList();
    }

    private static Map<String, Long> counts(List<GroupCount> counts) {
        Map<String, Long> map = new LinkedHashMap<>();
        counts.stream().filter(c -> c.code() != null).forEach(c -> map.put(c.code(), c.count()));
        return map;
    }

    private static SupplyDemandView.Row row(String code, String name, Map<String, Long> supplied,
            Map<String, Long> needed) {
        long s = supplied.getOrDefault(code, 0L);
        long d = needed.getOrDefault(code, 0L);
        return new SupplyDemandView.Row(code, name, s, d, d - s);
    }

    private static SupplyDemandView.Figures totals(List<SupplyDemandView.Row> rows) {
        long s = rows.stream().mapToLong(SupplyDemandView.Row::supply).sum();
        long d = rows.stream().mapToLong(SupplyDemandView.Row::demand).sum();
        return new SupplyDemandView.Figures(s, d, d - s);
    }

    public String regionName(String code, Locale locale) {
        return NATIONAL.equals(code) ? message("analytics.supplyDemand.national", locale)
                : reference.regionName(code, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Administrators with a region; nobody else reads the figures by region. */
    static RegionScope scope() {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN) && !user.has(Role.PROVINCIAL_ADMIN) && !user.has(Role.CITY_ADMIN)
                || user.scope().isNothing()) {
            throw new AccessDeniedException("analytics.supplyDemand.forbidden");
        }
        return user.scope();
    }
}
