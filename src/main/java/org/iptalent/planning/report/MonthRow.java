package org.iptalent.planning.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One row of a computed indicator's history, in the indicator's unit: the monthly job's, a backfill's or a
 * correction on top of them. Rows are never changed, so a month with a correction shows every row it has had.
 */
public record MonthRow(long id, YearMonth month, BigDecimal value, String kind, String reason, Instant takenAt,
        boolean current) {
}
