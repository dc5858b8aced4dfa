package org.iptalent.planning.progress;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRegions;
import org.iptalent.planning.plan.Progress;
import org.iptalent.planning.plan.SourceCatalogue;
import org.iptalent.planning.target.TargetBook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a plan's indicators for one region: the value now (the refreshed "now" value of a computed source, the
 * latest approved report of a reported one), the region's target, the monthly history, the projection and the
 * status. A closed plan is read as its period ended. Everything comes from a handful of statements over
 * precomputed values: no page counts talents.
 */
@Component
public class IndicatorReadings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** How far back before a plan's start the sparkline and the projection look. */
    private static final int LOOK_BACK = 12;

    private final SnapshotStore store;
    private final SourceCatalogue catalogue;
    private final TargetBook targetBook;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    IndicatorReadings(SnapshotStore store, SourceCatalogue catalogue, TargetBook targetBook, JdbcTemplate jdbc,
            Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.targetBook = targetBook;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every indicator of a plan for a region, ordered by concern (most worrying first), then as the plan lists them. */
    public List<IndicatorReading> read(Plan plan, String regionCode) {
        YearMonth now = YearMonth.now(clock);
        boolean closed = plan.getStatus() == Plan.Status.CLOSED || now.getYear() > plan.getEndsYear();
        return read(plan, regionCode, closed ? YearMonth.of(plan.getEndsYear(), 12) : null);
    }

    /**
     * The same as the history stood at the end of a past month (an evaluation's date): the month's values, the
     * history up to it, the projection from it; {@code null} reads now.
     */
    public List<IndicatorReading> read(Plan plan, String regionCode, YearMonth asOf) {
        List<Indicator> indicators = plan.sortedIndicators();
        boolean closed = asOf != null;
        YearMonth now = closed ? asOf : YearMonth.now(clock);
        YearMonth end = now;
        YearMonth from = YearMonth.of(plan.getStartsYear(), 1).minusMonths(LOOK_BACK);
        List<String> codes = indicators.stream().map(Indicator::getSourceCode).filter(c -> c != null).distinct().toList();
        Map<String, List<SnapshotStore.Point>> histories = store.histories(codes, regionCode, from, end);
        Map<String, SnapshotStore.Current> currents = closed ? Map.of() : store.currents(codes, regionCode);
        Map<Long, BigDecimal> targets = PlanRegions.NATIONAL.equals(regionCode) ? Map.of()
                : targetBook.targets(indicators.stream().map(Indicator::getId).toList(), regionCode);
        Map<Long, List<Reported>> reported = reported(indicators, regionCode, end.atEndOfMonth());
        List<IndicatorReading> readings = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            readings.add(reading(indicator, regionCode, histories, currents, targets, reported, now, end, closed));
        }
        readings.sort(Comparator.comparing(IndicatorReading::status).thenComparing(r -> r.progress() == null
                ? BigDecimal.valueOf(Long.MAX_VALUE) : r.progress()));
        return readings;
    }

    private IndicatorReading reading(Indicator indicator, String regionCode, Map<String, List<SnapshotStore.Point>> histories,
            Map<String, SnapshotStore.Current> currents, Map<Long, BigDecimal> targets, Map<Long, List<Reported>> reported,
            YearMonth now, YearMonth end, boolean closed) {
        IndicatorUnit unit = indicator.getUnit();
        BigDecimal target = target(indicator, regionCode, targets);
        List<Projection.Point> history = new ArrayList<>();
        BigDecimal value = null;
        Instant asOf = null;
        boolean sourceThere;
        if (indicator.getSourceKind() == Indicator.SourceKind.REPORTED) {
            sourceThere = true;
            for (Reported r : reported.getOrDefault(indicator.getId(), List.of())) {
                YearMonth month = YearMonth.from(r.asOf());
                if (!history.isEmpty() && history.get(history.size() - 1).month().equals(month)) {
                    history.remove(history.size() - 1);
                }
                history.add(new Projection.Point(month, r.value()));
                value = r.value();
                asOf = endOf(r.asOf());
            }
        } else {
            sourceThere = catalogue.find(indicator.getSourceCode()).isPresent();
            for (SnapshotStore.Point p : histories.getOrDefault(indicator.getSourceCode(), List.of())) {
                history.add(new Projection.Point(p.month(), unit.fromBase(p.value())));
            }
            if (closed) {
                // the month asked for, else the latest before it (a month the job missed): its date says which
                if (!history.isEmpty()) {
                    Projection.Point last = history.get(history.size() - 1);
                    value = last.value();
                    asOf = endOf(last.month().atEndOfMonth());
                }
            } else {
                SnapshotStore.Current current = currents.get(indicator.getSourceCode());
                if (current != null && current.value() != null) {
                    value = unit.fromBase(current.value());
                    asOf = current.computedAt();
                    history.removeIf(p -> !p.month().isBefore(now));
                    history.add(new Projection.Point(now, value));
                }
            }
        }
        boolean over = now.getYear() > indicator.getTargetYear()
                || now.getYear() == indicator.getTargetYear() && now.getMonthValue() == 12 && closed;
        Optional<Projection> projection = over || !sourceThere ? Optional.empty()
                : Projection.linear(history, YearMonth.of(indicator.getTargetYear(), 12), BigDecimal.ZERO,
                        unit == IndicatorUnit.PERCENT || unit == IndicatorUnit.SCORE ? HUNDRED : null);
        IndicatorStatus status = !sourceThere ? IndicatorStatus.NO_SOURCE
                : IndicatorStatus.of(indicator.getDirection(), target, value, projection, over);
        return new IndicatorReading(indicator, regionCode, value, asOf, target,
                Progress.percent(indicator.getDirection(), value, target), List.copyOf(history),
                projection.orElse(null), status, sourceThere);
    }

    /** The last instant of a day where the platform is (a value "as of" a day is as of its end). */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().minusSeconds(1);
    }

    /**
     * The target a region is measured against: its own (refined, else assigned) where it has one; a rate or a score
     * without one is the plan's (the same for every region), a count without one has none.
     */
    private static BigDecimal target(Indicator indicator, String regionCode, Map<Long, BigDecimal> targets) {
        if (PlanRegions.NATIONAL.equals(regionCode)) {
            return indicator.getTarget();
        }
        BigDecimal own = targets.get(indicator.getId());
        if (own != null) {
            return own;
        }
        IndicatorUnit unit = indicator.getUnit();
        return unit == IndicatorUnit.PERCENT || unit == IndicatorUnit.SCORE ? indicator.getTarget() : null;
    }

    private record Reported(LocalDate asOf, BigDecimal value) {
    }

    /** Approved reported values of the plan's reported indicators in the region, oldest first, up to a day. */
    private Map<Long, List<Reported>> reported(Collection<Indicator> indicators, String regionCode, LocalDate until) {
        Object[] ids = indicators.stream().filter(i -> i.getSourceKind() == Indicator.SourceKind.REPORTED)
                .map(Indicator::getId).toArray();
        Map<Long, List<Reported>> values = new HashMap<>();
        if (ids.length == 0) {
            return values;
        }
        jdbc.query("""
                select indicator_id, as_of, value from reported_value
                where indicator_id = any(?) and region_code = ? and state = 'APPROVED' and as_of <= ?
                order by indicator_id, as_of, decided_at""",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids));
                    ps.setString(2, regionCode);
                    ps.setDate(3, Date.valueOf(until));
                },
                rs -> {
                    values.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(
                            new Reported(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)));
                });
        return values;
    }
}
