package org.iptalent.planning.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.planning.plan.PlanRegions;
import org.iptalent.planning.plan.Progress;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.SortFields;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An indicator of a plan region by region: each region's value, target, progress and rank, within the user's region.
 * It reads precomputed values only (the "now" values, the history, the targets): a handful of statements whatever
 * the registry's size.
 */
@Service
public class RegionalBreakdown {

    /** What the ranking sorts by: its place (the default), the region's code, value, target or progress. */
    public static final SortFields SORTS = SortFields.of(Sort.by("rank"), "rank", "region", "value", "target",
            "progress");

    private final PlanRecords plans;
    private final RegionValues values;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;

    RegionalBreakdown(PlanRecords plans, RegionValues values, ReferenceData reference, MessageSource messages,
            JdbcTemplate jdbc) {
        this.plans = plans;
        this.values = values;
        this.reference = reference;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /**
     * The breakdown of a plan's indicator ({@code planId} null: the plan in force, else the latest) for the user:
     * the national administrator's provinces, or one province's cities when it names {@code province}; a provincial
     * administrator's province and cities; a city administrator's city. Another region is not found.
     */
    @Transactional(readOnly = true)
    public Breakdown of(Long planId, String indicatorCode, String province, List<String> sort) {
        Sort order = SORTS.parse(sort);
        RegionScope scope = CurrentUser.require().scope();
        if (scope.isNothing()) {
            throw new AccessDeniedException("planning.target.noRegion");
        }
        Plan plan = plans.getOrCurrent(planId);
        Indicator indicator = TargetAssignments.indicator(plan, indicatorCode);
        String ownCode = ownCode(scope, province);
        List<Division> children = switch (scope.level()) {
            case NATIONAL -> PlanRegions.NATIONAL.equals(ownCode)
                    ? reference.provinces().stream().filter(Division::isMainland).toList()
                    : reference.citiesOf(ownCode);
            case PROVINCE -> reference.citiesOf(ownCode);
            default -> List.of();
        };
        RegionValues.Values read = values.of(indicator, plan);
        Map<String, TargetRow> targets = targets(indicator.getId());
        IndicatorInfo info = IndicatorInfo.of(indicator);
        RegionLine own = line(info, ownCode, name(ownCode), read, targets, true);
        List<RegionLine> lines = new ArrayList<>();
        for (Division child : children) {
            lines.add(line(info, child.code(), child.name(locale()), read, targets, false));
        }
        lines = sorted(ranked(lines), order);
        boolean open = plan.getStatus() != Plan.Status.CLOSED;
        boolean countryList = scope.isNational() && PlanRegions.NATIONAL.equals(ownCode);
        return new Breakdown(PlanInfo.of(plan), info, own, lines,
                PlanRegions.NATIONAL.equals(ownCode) || scope.level() == RegionScope.Level.CITY ? null : ownCode,
                info.adds() && !lines.isEmpty() ? sum(lines, own) : null, read.month(), read.computedAt(),
                read.sourceThere(), open && (countryList || scope.level() == RegionScope.Level.PROVINCE),
                open && scope.level() == RegionScope.Level.PROVINCE);
    }

    /** The region whose list is shown: the user's own, or a province the national administrator opened. */
    private String ownCode(RegionScope scope, String province) {
        boolean named = province != null && !province.isBlank();
        if (scope.isNational()) {
            if (!named) {
                return PlanRegions.NATIONAL;
            }
            Division division = reference.division(province.trim()).filter(d -> d.isProvince() && d.isMainland())
                    .orElseThrow(() -> new BusinessRuleException("province", ReferenceData.UNKNOWN_CODE, province));
            return division.code();
        }
        if (named && !scope.includes(province.trim())) {
            throw new RecordNotFoundException(TargetAssignments.ENTITY, province);
        }
        return scope.regionCode();
    }

    private record TargetRow(BigDecimal assigned, BigDecimal refined, long revision) {
        BigDecimal effective() {
            return refined != null ? refined : assigned;
        }
    }

    private Map<String, TargetRow> targets(long indicatorId) {
        Map<String, TargetRow> rows = new HashMap<>();
        jdbc.query("select region_code, assigned, refined, version from regional_target where indicator_id = ?",
                rs -> {
                    rows.put(rs.getString(1), new TargetRow(rs.getBigDecimal(2), rs.getBigDecimal(3),
                            rs.getLong(4) + 1));
                }, indicatorId);
        return rows;
    }

    private static RegionLine line(IndicatorInfo indicator, String code, String name, RegionValues.Values read,
            Map<String, TargetRow> targets, boolean own) {
        BigDecimal value = read.byRegion().get(code);
        TargetRow row = targets.get(code);
        BigDecimal target;
        boolean planTarget = false;
        if (PlanRegions.NATIONAL.equals(code)) {
            target = indicator.target();
            planTarget = true;
        } else if (row != null && row.effective() != null) {
            target = row.effective();
        } else {
            target = indicator.fallbackTarget();
            planTarget = target != null;
        }
        return new RegionLine(code, name, value, row == null ? null : row.assigned(),
                row == null ? null : row.refined(), target, planTarget,
                Progress.percent(indicator.direction(), value, target),
                Progress.met(indicator.direction(), value, target), null, row == null ? 0 : row.revision());
    }

    /** Places by progress, furthest first; equal progress shares a place, the next place skips as many. */
    static List<RegionLine> ranked(List<RegionLine> lines) {
        List<RegionLine> byProgress = lines.stream().filter(l -> l.progress() != null)
                .sorted(Comparator.comparing(RegionLine::progress).reversed()).toList();
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < byProgress.size(); i++) {
            RegionLine line = byProgress.get(i);
            boolean tie = i > 0 && byProgress.get(i - 1).progress().compareTo(line.progress()) == 0;
            places.put(line.code(), tie ? places.get(byProgress.get(i - 1).code()) : i + 1);
        }
        return lines.stream().map(l -> l.ranked(places.get(l.code()))).toList();
    }

    /** Sorted as asked; a line without the value sorted by comes last either way, then by code. */
    static List<RegionLine> sorted(List<RegionLine> lines, Sort sort) {
        Comparator<RegionLine> order = null;
        for (Sort.Order by : sort) {
            Comparator<RegionLine> next = switch (by.getProperty()) {
                case "region" -> by(RegionLine::code, by.isAscending());
                case "value" -> by(RegionLine::value, by.isAscending());
                case "target" -> by(RegionLine::target, by.isAscending());
                case "progress" -> by(RegionLine::progress, by.isAscending());
                default -> by(RegionLine::rank, by.isAscending());
            };
            order = order == null ? next : order.thenComparing(next);
        }
        Comparator<RegionLine> byCode = Comparator.comparing(RegionLine::code);
        return lines.stream().sorted(order == null ? byCode : order.thenComparing(byCode)).toList();
    }

    private static <T extends Comparable<T>> Comparator<RegionLine> by(Function<RegionLine, T> key, boolean ascending) {
        Comparator<T> natural = ascending ? Comparator.<T>naturalOrder() : Comparator.<T>reverseOrder();
        return Comparator.comparing(key, Comparator.nullsLast(natural));
    }

    private static TargetSum sum(List<RegionLine> lines, RegionLine own) {
        BigDecimal total = BigDecimal.ZERO;
        int withTarget = 0;
        for (RegionLine line : lines) {
            BigDecimal share = line.refined() != null ? line.refined() : line.assigned();
            if (share != null) {
                total = total.add(share);
                withTarget++;
            }
        }
        return new TargetSum(total, withTarget, lines.size(), own.planTarget() && !PlanRegions.NATIONAL.equals(
                own.code()) ? null : own.target());
    }

    private String name(String code) {
        if (PlanRegions.NATIONAL.equals(code)) {
            return messages.getMessage("planning.target.country", null, locale());
        }
        return reference.division(code).map(d -> d.name(locale())).orElse(code);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
