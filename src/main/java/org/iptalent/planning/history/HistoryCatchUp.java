package org.iptalent.planning.history;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the platform starts, one node brings the history up to date in the background (a new platform reconstructs
 * its sources' months since 2021; a node that was down on the first takes the month it missed) and computes the
 * "now" values, so the dashboard has its trends and figures without waiting for the first of the month.
 */
@Component
class HistoryCatchUp {

    private static final Logger log = LoggerFactory.getLogger(HistoryCatchUp.class);

    private final MonthlySnapshots snapshots;
    private final LockProvider locks;
    private final boolean enabled;

    HistoryCatchUp(MonthlySnapshots snapshots, LockProvider locks,
            @Value("${iptalent.planning.history.catch-up-on-start:true}") boolean enabled) {
        this.snapshots = snapshots;
        this.locks = locks;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(this::run, "planning-history-catch-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        var lock = locks.lock(new LockConfiguration(java.time.Instant.now(), "planning-monthly-snapshot",
                java.time.Duration.ofHours(2), java.time.Duration.ZERO));
        if (lock.isEmpty()) {
            log.info("Plan indicators: another node is bringing the history up to date");
            return;
        }
        try {
            MonthlySnapshots.Result result = snapshots.catchUp();
            long refreshStarted = System.nanoTime();
            snapshots.refreshCurrent();
            log.info("Plan indicators: history up to date: {} values taken, {} reconstructed, {} months in {} ms "
                    + "(slowest month {} ms); values now refreshed in {} ms", result.taken(), result.backfilled(),
                    result.months(), result.millis(), result.slowestMonthMillis(),
                    (System.nanoTime() - refreshStarted) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Plan indicators: bringing the history up to date failed", e);
        } finally {
            lock.get().unlock();
        }
    }
}
