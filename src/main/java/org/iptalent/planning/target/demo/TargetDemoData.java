package org.iptalent.planning.target.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.Plans;
import org.iptalent.planning.plan.SourceCatalogue;
import org.iptalent.planning.target.publication.PublicFigures;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demonstration's regional targets and published figures. For the closed 14th plan and the 2026–2030 plan the
 * national office split every computed count's target over the 31 provinces by their share of the registry's
 * talents (largest remainders, so the split adds up); a few provinces refined theirs upwards and split them over
 * their cities by the cities' shares; and the 14th plan's figures as of December 2025 were published. Runs after
 * the plans' contributor, which copies the 2026–2030 plan.
 */
@Component
class TargetDemoData implements DemoDataContributor {

    /** The provinces that refined their targets (by a tenth) and split them over their cities. */
    private static final List<String> REFINING = List.of("440000", "320000", "330000", "110000");
    private static final List<String> SPLITTING = List.of("440000", "320000");
    private static final BigDecimal REFINEMENT = new BigDecimal("1.1");
    private static final YearMonth PUBLISHED = YearMonth.of(2025, 12);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Plans plans;
    private final SourceCatalogue sources;
    private final ReferenceData reference;
    private final UserManagement users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PublicFigures figures;

    TargetDemoData(Plans plans, SourceCatalogue sources, ReferenceData reference, UserManagement users,
            JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, PublicFigures figures) {
        this.figures = figures;
        this.plans = plans;
        this.sources = sources;
        this.reference = reference;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "planning-targets";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void contribute(DemoProperties demo) {
        LocalDate today = LocalDate.now(clock);
        Map<String, BigDecimal> provinceShares = shares(RegionScope.Level.PROVINCE, today);
        Map<String, BigDecimal> cityShares = shares(RegionScope.Level.CITY, today);
        Long national = userId("national");
        transaction.executeWithoutResult(status -> {
            Plan fourteenth = plans.newestFirst().stream().filter(p -> p.getStartsYear() == 2021
                    && p.getEndsYear() == 2025).findFirst().orElseThrow();
            List<Plan> split = new ArrayList<>(List.of(fourteenth));
            // the demonstration's plan in force, which the plans' contributor copied from the 14th
            plans.inForce().filter(p -> p.isDemonstration() && fourteenth.getId().equals(p.getCopiedFromId()))
                    .ifPresent(split::add);
            for (Plan plan : split) {
                plan.sortedIndicators().stream().filter(TargetDemoData::splits)
                        .forEach(i -> split(i, provinceShares, cityShares, national));
            }
            publish(fourteenth, national);
        });
    }

    /** A computed count: a share of it is a province's target (a rate's or a score's is the plan's everywhere). */
    private static boolean splits(Indicator indicator) {
        IndicatorUnit unit = indicator.getUnit();
        return indicator.getSourceKind() == Indicator.SourceKind.COMPUTED && (unit == IndicatorUnit.PERSONS
                || unit == IndicatorUnit.TEN_THOUSAND_PERSONS || unit == IndicatorUnit.ITEMS);
    }

    private void split(Indicator indicator, Map<String, BigDecimal> provinceShares, Map<String, BigDecimal> cityShares,
            Long national) {
        BigDecimal step = indicator.getUnit() == IndicatorUnit.TEN_THOUSAND_PERSONS ? new BigDecimal("0.01")
                : BigDecimal.ONE;
        List<String> provinces = reference.provinces().stream().filter(Division::isMainland).map(Division::code)
                .toList();
        Map<String, BigDecimal> assigned = apportion(indicator.getTarget(), step, weights(provinces, provinceShares));
        List<Object[]> rows = new ArrayList<>();
        assigned.forEach((province, target) -> {
            BigDecimal refined = null;
            Long refinedBy = null;
            if (REFINING.contains(province)) {
                refined = target.multiply(REFINEMENT).divide(step, 0, RoundingMode.CEILING).multiply(step);
                refinedBy = userId(adminOf(province));
            }
            rows.add(new Object[] {indicator.getId(), province, target, refined, national, refinedBy});
            if (SPLITTING.contains(province)) {
                List<String> cities = reference.citiesOf(province).stream().map(Division::code).toList();
                apportion(refined != null ? refined : target, step, weights(cities, cityShares)).forEach((city, share) ->
                        rows.add(new Object[] {indicator.getId(), city, share, null, userId(adminOf(province)), null}));
            }
        });
        jdbc.batchUpdate("""
                insert into regional_target (indicator_id, region_code, assigned, refined, assigned_by, refined_by,
                                             created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, now(), now()) on conflict (indicator_id, region_code) do nothing""",
                rows);
    }

    /**
     * The whole in steps, shared in proportion to the weights by largest remainders: every part a whole number of
     * steps, the parts adding up to the whole exactly.
     */
    static Map<String, BigDecimal> apportion(BigDecimal whole, BigDecimal step, Map<String, BigDecimal> weights) {
        long units = whole.divide(step, 0, RoundingMode.DOWN).longValueExact();
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Long> parts = new LinkedHashMap<>();
        Map<String, BigDecimal> remainders = new LinkedHashMap<>();
        long given = 0;
        for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
            BigDecimal exact = total.signum() == 0 ? BigDecimal.valueOf(units).divide(BigDecimal.valueOf(weights.size()),
                    6, RoundingMode.DOWN) : BigDecimal.valueOf(units).multiply(weight.getValue()).divide(total, 6,
                    RoundingMode.DOWN);
            long part = exact.setScale(0, RoundingMode.DOWN).longValue();
            parts.put(weight.getKey(), part);
            remainders.put(weight.getKey(), exact.subtract(BigDecimal.valueOf(part)));
            given += part;
        }
        List<String> byRemainder = remainders.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        for (int i = 0; given < units && !byRemainder.isEmpty(); i = (i + 1) % byRemainder.size(), given++) {
            parts.merge(byRemainder.get(i), 1L, Long::sum);
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        parts.forEach((code, part) -> shares.put(code, step.multiply(BigDecimal.valueOf(part))));
        return shares;
    }

    private static Map<String, BigDecimal> weights(List<String> codes, Map<String, BigDecimal> shares) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        codes.forEach(code -> weights.put(code, shares.getOrDefault(code, BigDecimal.ZERO)));
        return weights;
    }

    /** Each region's talents now, which the split follows; none when the registry's source is not there. */
    private Map<String, BigDecimal> shares(RegionScope.Level level, LocalDate at) {
        Optional<IndicatorSource> talents = sources.find("registry.talents");
        return talents.map(source -> source.values(level, at)).orElse(Map.of());
    }

    /** The 14th plan's figures as of December 2025, published by the national office in January, and kept. */
    private void publish(Plan plan, Long national) {
        Instant january = LocalDateTime.of(2026, 1, 20, 10, 0).atZone(BEIJING).toInstant();
        Instant at = january.isBefore(Instant.now(clock)) ? january : Instant.now(clock);
        List<Long> inserted = jdbc.queryForList("""
                insert into plan_publication (plan_id, month, published_by, published_at, created_at, updated_at)
                select ?, ?, ?, ?, now(), now()
                where not exists (select 1 from plan_publication where plan_id = ? and month = ? and withdrawn_at is null)
                returning id""",
                Long.class, plan.getId(), Date.valueOf(PUBLISHED.atDay(1)), national, Timestamp.from(at), plan.getId(),
                Date.valueOf(PUBLISHED.atDay(1)));
        inserted.forEach(figures::keep);
    }

    private String adminOf(String province) {
        return reference.division(province).map(d -> "admin." + d.iso3166().substring(3).toLowerCase(Locale.ROOT))
                .orElse("");
    }

    private Long userId(String username) {
        return users.findByUsername(username).map(UserSummary::id).orElse(null);
    }
}
