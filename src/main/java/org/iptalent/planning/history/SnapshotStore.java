package org.iptalent.planning.history;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The monthly history of the computed sources: rows written once (a trigger refuses any change), read as the latest
 * row of each month, so a correction, a new row, wins over the job's. Also the "now" values the dashboard reads.
 */
@Component
public class SnapshotStore {

    /** One month's value of a source in a region. */
    public record Point(YearMonth month, BigDecimal value) {
    }

    public enum Kind { SNAPSHOT, BACKFILL, CORRECTION }

    private final JdbcTemplate jdbc;

    SnapshotStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the job's values of one month; a month already taken keeps its row (a rerun changes nothing). */
    public int take(String sourceCode, YearMonth month, Map<String, BigDecimal> valuesByRegion, Kind kind) {
        List<Object[]> rows = new ArrayList<>(valuesByRegion.size());
        Timestamp now = Timestamp.from(Instant.now());
        Date first = Date.valueOf(month.atDay(1));
        valuesByRegion.forEach((region, value) -> rows.add(new Object[] {sourceCode, region, first, value, kind.name(), now}));
        int[][] written = jdbc.batchUpdate("""
                insert into indicator_snapshot (source_code, region_code, month, value, kind, taken_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (source_code, region_code, month) where kind <> 'CORRECTION' do nothing""",
                rows, 500, (ps, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                });
        int count = 0;
        for (int[] batch : written) {
            for (int n : batch) {
                count += Math.max(n, 0);
            }
        }
        return count;
    }

    /** A corrected value of a month, on top of what was taken; the caller audits it. */
    public long correct(String sourceCode, String regionCode, YearMonth month, BigDecimal value, String reason,
            long userId) {
        return jdbc.queryForObject("""
                insert into indicator_snapshot (source_code, region_code, month, value, kind, reason, taken_by, taken_at)
                values (?, ?, ?, ?, 'CORRECTION', ?, ?, now()) returning id""", Long.class,
                sourceCode, regionCode, Date.valueOf(month.atDay(1)), value, reason, userId);
    }

    /**
     * The value of a month as it stands: the latest correction, else the job's row (a correction wins even over a
     * row the job writes after it), or null when none was taken.
     */
    public BigDecimal valueOf(String sourceCode, String regionCode, YearMonth month) {
        List<BigDecimal> values = jdbc.queryForList("""
                select value from indicator_snapshot where source_code = ? and region_code = ? and month = ?
                order by (kind = 'CORRECTION') desc, id desc limit 1""", BigDecimal.class, sourceCode, regionCode, Date.valueOf(month.atDay(1)));
        return values.isEmpty() ? null : values.get(0);
    }

    /** Months that have a value of a source in a region, oldest first, from a month on. */
    public List<Point> history(String sourceCode, String regionCode, YearMonth from, YearMonth to) {
        return jdbc.query("""
                select distinct on (month) month, value from indicator_snapshot
                where source_code = ? and region_code = ? and month between ? and ?
                order by month, (kind = 'CORRECTION') desc, id desc""", (rs, n) -> new Point(YearMonth.from(rs.getObject(1, LocalDate.class)),
                rs.getBigDecimal(2)), sourceCode, regionCode, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)));
    }

    /** Several sources' histories in one region at once: the dashboard's one statement. */
    public Map<String, List<Point>> histories(Collection<String> sourceCodes, String regionCode, YearMonth from,
            YearMonth to) {
        Map<String, List<Point>> histories = new LinkedHashMap<>();
        if (sourceCodes.isEmpty()) {
            return histories;
        }
        jdbc.query("""
                select distinct on (source_code, month) source_code, month, value from indicator_snapshot
                where source_code = any(?) and region_code = ? and month between ? and ?
                order by source_code, month, (kind = 'CORRECTION') desc, id desc""",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("varchar", sourceCodes.toArray()));
                    ps.setString(2, regionCode);
                    ps.setDate(3, Date.valueOf(from.atDay(1)));
                    ps.setDate(4, Date.valueOf(to.atDay(1)));
                },
                rs -> {
                    histories.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(
                            new Point(YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getBigDecimal(3)));
                });
        return histories;
    }

    /** Every region's value of a source in one month (province and city keys), corrections applied. */
    public Map<String, BigDecimal> regions(String sourceCode, YearMonth month) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        jdbc.query("""
                select distinct on (region_code) region_code, value from indicator_snapshot
                where source_code = ? and month = ? order by region_code, (kind = 'CORRECTION') desc, id desc""",
                rs -> {
                    values.put(rs.getString(1), rs.getBigDecimal(2));
                }, sourceCode, Date.valueOf(month.atDay(1)));
        return values;
    }

    /** Whether the job has taken a month of a source in a region: only such a month can be corrected. */
    public boolean taken(String sourceCode, String regionCode, YearMonth month) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from indicator_snapshot where source_code = ? and region_code = ?
                  and month = ? and kind <> 'CORRECTION')""", Boolean.class, sourceCode, regionCode,
                Date.valueOf(month.atDay(1))));
    }

    /** The latest month a source was taken for, or null. */
    public YearMonth lastMonth(String sourceCode) {
        LocalDate last = jdbc.queryForObject("select max(month) from indicator_snapshot where source_code = ?",
                LocalDate.class, sourceCode);
        return last == null ? null : YearMonth.from(last);
    }

    /** Months of a source the job has taken (any region; a correction alone is no taking): what a backfill skips. */
    public List<YearMonth> months(String sourceCode) {
        return jdbc.queryForList("""
                select distinct month from indicator_snapshot where source_code = ? and kind <> 'CORRECTION'
                order by 1""", LocalDate.class, sourceCode).stream().map(YearMonth::from).toList();
    }

    /** Replaces the "now" values of a source. */
    public void current(String sourceCode, Map<String, BigDecimal> valuesByRegion, Instant computedAt) {
        List<Object[]> rows = new ArrayList<>(valuesByRegion.size());
        valuesByRegion.forEach((region, value) -> rows.add(new Object[] {sourceCode, region, value,
                Timestamp.from(computedAt)}));
        jdbc.update("delete from indicator_current where source_code = ? and computed_at < ?", sourceCode,
                Timestamp.from(computedAt));
        jdbc.batchUpdate("""
                insert into indicator_current (source_code, region_code, value, computed_at) values (?, ?, ?, ?)
                on conflict (source_code, region_code) do update
                set value = excluded.value, computed_at = excluded.computed_at""", rows);
    }

    /** The "now" value of sources in a region, with when it was computed. */
    public Map<String, Current> currents(Collection<String> sourceCodes, String regionCode) {
        Map<String, Current> values = new LinkedHashMap<>();
        if (sourceCodes.isEmpty()) {
            return values;
        }
        jdbc.query("""
                select source_code, value, computed_at from indicator_current
                where source_code = any(?) and region_code = ?""",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("varchar", sourceCodes.toArray()));
                    ps.setString(2, regionCode);
                },
                rs -> {
                    values.put(rs.getString(1), new Current(rs.getBigDecimal(2), rs.getTimestamp(3).toInstant()));
                });
        return values;
    }

    /** Every region's "now" value of one source. */
    public Map<String, BigDecimal> currentRegions(String sourceCode) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        jdbc.query("select region_code, value from indicator_current where source_code = ?",
                rs -> {
                    values.put(rs.getString(1), rs.getBigDecimal(2));
                }, sourceCode);
        return values;
    }

    public record Current(BigDecimal value, Instant computedAt) {
    }
}
