package org.iptalent.analytics.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.iptalent.planning.history.SnapshotStore;

/**
 * Histories for the forecast tests, written as corrections (which win over whatever the monthly job or another
 * test's catch-up took): Shenzhen's protection team rising for the last 36 months and nothing before, its demand
 * rising faster in yearly steps (a shortage ahead); Zhuhai's with a month corrected
 * to "no value" 13 months ago, so only 12 months in a row are left.
 */
public final class ForecastHistories {

    public static final String RISING = "440300";
    public static final String SHORT = "440400";
    public static final String TEAM = "PROTECTION";
    public static final String DEMAND = "demand.team." + TEAM;

    private ForecastHistories() {
    }

    public static void write(SnapshotStore store, long userId) {
        String source = "registry.team." + TEAM;
        YearMonth last = YearMonth.now().minusMonths(1);
        // The month before the 36 corrected to "no value": a catch-up that took older months from the registry
        // (another test's talents, or none) must not join the rising run and spoil its backtest.
        store.correct(source, RISING, last.minusMonths(36), null, "forecast test", userId);
        store.correct(DEMAND, RISING, last.minusMonths(36), null, "forecast test", userId);
        for (int t = 0; t < 36; t++) {
            YearMonth month = last.minusMonths(35 - t);
            store.correct(source, RISING, month, BigDecimal.valueOf(100 + 3 * t + t % 4), "forecast test", userId);
            // the demand steps once a year, as the yearly survey gives it, and grows faster than the supply
            store.correct(DEMAND, RISING, month, BigDecimal.valueOf(130 + 60 * (t / 12)), "forecast test", userId);
            store.correct(source, SHORT, month, t == 23 ? null : BigDecimal.valueOf(50 + t), "forecast test", userId);
        }
    }
}
