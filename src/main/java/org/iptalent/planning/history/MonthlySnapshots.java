package org.iptalent.planning.history;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.plan.SourceCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The history's writer. On the first of every month one node (ShedLock) takes the month just ended for every source
 * and region; a dated source's months since {@code iptalent.planning.history.from} that were never taken (a new
 * platform, a node that was down on the first) are reconstructed from its dated records. Each source's month is a
 * transaction of its own, and a month once written is never rewritten. Every few minutes the "now" values are
 * refreshed for the dashboard.
 */
@Component
public class MonthlySnapshots {

    private static final Logger log = LoggerFactory.getLogger(MonthlySnapshots.class);

    private final SourceCatalogue catalogue;
    private final SnapshotStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final YearMonth historyFrom;

    MonthlySnapshots(SourceCatalogue catalogue, SnapshotStore store, PlatformTransactionManager transactions, Clock clock,
            @Value("${iptalent.planning.history.from:2021-01}") String historyFrom) {
        this.catalogue = catalogue;
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.historyFrom = YearMonth.parse(historyFrom);
    }

    @Scheduled(cron = "${iptalent.planning.snapshot.cron:0 10 0 1 * *}")
    @SchedulerLock(name = "planning-monthly-snapshot", lockAtMostFor = "PT2H")
    public void scheduledRun() {
        Result result = catchUp();
        log.info("Plan indicators: {} monthly values taken, {} reconstructed, {} months in {} ms (slowest month {} ms)",
                result.taken(), result.backfilled(), result.months(), result.millis(), result.slowestMonthMillis());
        refreshCurrent();
    }

    @Scheduled(initialDelayString = "${iptalent.planning.current.initial-delay:PT1M}",
            fixedDelayString = "${iptalent.planning.current.refresh:PT15M}")
    @SchedulerLock(name = "planning-current-values", lockAtMostFor = "PT30M")
    public void scheduledRefresh() {
        refreshCurrent();
    }

    /**
     * What a run wrote: the month just ended, the earlier months reconstructed, how long it took, and the slowest
     * month (every source and region of one month: what the monthly job does).
     */
    public record Result(int taken, int backfilled, long millis, int months, long slowestMonthMillis) {
    }

    /**
     * Takes the month just ended for every source, and reconstructs every earlier month since the history's start
     * that a dated source lacks; months already there are left as they are.
     */
    public Result catchUp() {
        long started = System.nanoTime();
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        Map<String, Set<YearMonth>> done = new java.util.HashMap<>();
        for (IndicatorSource source : catalogue.all()) {
            done.put(source.code(), new HashSet<>(store.months(source.code())));
        }
        int taken = 0;
        int backfilled = 0;
        int months = 0;
        long slowest = 0;
        for (YearMonth month = historyFrom; !month.isAfter(last); month = month.plusMonths(1)) {
            long monthStarted = System.nanoTime();
            boolean any = false;
            for (IndicatorSource source : catalogue.all()) {
                if (done.get(source.code()).contains(month) || (!source.dated() && !month.equals(last))) {
                    continue;
                }
                any = true;
                if (month.equals(last)) {
                    taken += take(source, month, SnapshotStore.Kind.SNAPSHOT);
                } else {
                    backfilled += take(source, month, SnapshotStore.Kind.BACKFILL);
                }
            }
            if (any) {
                months++;
                slowest = Math.max(slowest, (System.nanoTime() - monthStarted) / 1_000_000);
            }
        }
        return new Result(taken, backfilled, (System.nanoTime() - started) / 1_000_000, months, slowest);
    }

    /** Takes one month of every source (the job's work for a month, also what the benchmark times). */
    public int takeMonth(YearMonth month) {
        int taken = 0;
        for (IndicatorSource source : catalogue.all()) {
            taken += take(source, month, SnapshotStore.Kind.SNAPSHOT);
        }
        return taken;
    }

    private int take(IndicatorSource source, YearMonth month, SnapshotStore.Kind kind) {
        LocalDate end = month.atEndOfMonth();
        Integer written = transactions.execute(status -> store.take(source.code(), month,
                SourceReadings.read(source, end), kind));
        return written == null ? 0 : written;
    }

    /** Recomputes every source's "now" value for every region. */
    public void refreshCurrent() {
        LocalDate today = LocalDate.now(clock);
        for (IndicatorSource source : catalogue.all()) {
            Instant now = Instant.now(clock);
            Map<String, BigDecimal> values = SourceReadings.read(source, today);
            transactions.executeWithoutResult(status -> store.current(source.code(), values, now));
        }
    }
}
