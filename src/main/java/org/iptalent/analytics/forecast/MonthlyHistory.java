package org.iptalent.analytics.forecast;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iptalent.planning.history.SnapshotStore;
import org.springframework.stereotype.Component;

/**
 * The monthly history of a measure ({@link Measure}) of a team in a region: the registry's talents
 * ({@code registry.team.<TEAM>}, every team {@code registry.talents}) or the demand reported ({@code demand.team.<TEAM>},
 * {@code demand.staff}) as the indicators' snapshots keep it, corrections applied, up to the last month that has ended.
 */
@Component
class MonthlyHistory {

    /** Before any history the platform keeps (it starts in 2021). */
    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    private final SnapshotStore store;
    private final Clock clock;

    MonthlyHistory(SnapshotStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The series of one measure, region and team; empty when it has no month at all. */
    Optional<MonthlySeries> series(Measure measure, String regionCode, String team) {
        return series(measure, store.history(measure.source(team), regionCode, EARLIEST, lastMonth()));
    }

    /** A measure's series from its history's points. */
    Optional<MonthlySeries> series(Measure measure, List<SnapshotStore.Point> points) {
        Optional<MonthlySeries> series = series(points);
        return measure == Measure.DEMAND ? series.flatMap(MonthlyHistory::fromFirstNeed) : series;
    }

    /**
     * The demand from its first month with a need: the months before any survey was known count zero (the source
     * answers for every month since 2021), and a run of zeros then a step is no history to fit a trend to.
     */
    static Optional<MonthlySeries> fromFirstNeed(MonthlySeries series) {
        List<Double> values = series.values();
        int first = 0;
        while (first < values.size() && values.get(first) == 0) {
            first++;
        }
        return first == values.size() ? Optional.empty()
                : Optional.of(new MonthlySeries(series.first().plusMonths(first), values.subList(first,
                        values.size())));
    }

    /** Several teams' series of one region in one statement, by source code. */
    Map<String, List<SnapshotStore.Point>> histories(Collection<String> sources, String regionCode) {
        return store.histories(sources, regionCode, EARLIEST, lastMonth());
    }

    YearMonth lastMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    /**
     * The months of the latest unbroken run with a value: a month without one (never taken, or corrected to "no
     * value") ends what came before, since the method takes one value a month.
     */
    static Optional<MonthlySeries> series(List<SnapshotStore.Point> points) {
        List<Double> values = new ArrayList<>();
        YearMonth first = null;
        YearMonth previous = null;
        for (SnapshotStore.Point point : points) {
            BigDecimal value = point.value();
            if (value == null || previous != null && !point.month().equals(previous.plusMonths(1))) {
                values.clear();
                first = null;
            }
            if (value != null) {
                if (first == null) {
                    first = point.month();
                }
                values.add(value.doubleValue());
            }
            previous = point.month();
        }
        return first == null ? Optional.empty() : Optional.of(new MonthlySeries(first, values));
    }
}
