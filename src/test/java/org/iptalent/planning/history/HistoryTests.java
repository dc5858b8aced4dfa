package org.iptalent.planning.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The history: a catch-up reconstructs the dated sources' months since 2021 and takes the month just ended, a second
 * run writes nothing, a month's rows cannot be changed or deleted, and a correction is a new row that wins.
 */
@PlatformTest
class HistoryTests {

    @Autowired
    MonthlySnapshots snapshots;
    @Autowired
    SnapshotStore store;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHistoryIsReconstructedOnceAndNeverRewritten() {
        // a correction recorded before its month was taken neither stops the month being taken nor loses to it
        long admin = jdbc.queryForObject("select min(id) from app_user", Long.class);
        YearMonth early = YearMonth.of(2021, 3);
        boolean takenBefore = store.taken("registry.talents", "000000", early);
        if (!takenBefore) {
            store.correct("registry.talents", "000000", early, BigDecimal.valueOf(777), "test", admin);
        }
        snapshots.catchUp();
        if (!takenBefore) {
            assertThat(store.valueOf("registry.talents", "000000", early)).isEqualByComparingTo("777");
            assertThat(store.taken("registry.talents", "000000", early)).isTrue();
            assertThat(store.regions("registry.talents", early)).as("every province of the month taken")
                    .containsKey("440000");
        }
        YearMonth last = YearMonth.now().minusMonths(1);
        assertThat(store.valueOf("registry.talents", "000000", YearMonth.of(2021, 1))).as("backfilled from 2021")
                .isNotNull();
        assertThat(store.valueOf("registry.talents", "000000", last)).isNotNull();
        long talentsAtEnd = jdbc.queryForObject("""
                select count(*) from talent where merged_into_id is null and created_at < ?::date + 1
                  and (left_at is null or left_at >= ?::date + 1)""", Long.class,
                last.atEndOfMonth().toString(), last.atEndOfMonth().toString());
        assertThat(store.valueOf("registry.talents", "000000", last)).as("the month's value is the count at its end")
                .isEqualByComparingTo(BigDecimal.valueOf(talentsAtEnd));
        long rows = jdbc.queryForObject("select count(*) from indicator_snapshot", Long.class);

        MonthlySnapshots.Result again = snapshots.catchUp();
        assertThat(again.taken() + again.backfilled()).as("a second run writes nothing").isZero();
        assertThat(jdbc.queryForObject("select count(*) from indicator_snapshot", Long.class)).isEqualTo(rows);

        assertThatThrownBy(() -> jdbc.update("update indicator_snapshot set value = 0 where source_code = ?",
                "registry.talents")).isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("delete from indicator_snapshot where source_code = ?",
                "registry.talents")).isInstanceOf(DataAccessException.class);

        YearMonth month = YearMonth.of(2022, 6);
        BigDecimal taken = store.valueOf("registry.talents", "000000", month);
        store.correct("registry.talents", "000000", month, BigDecimal.valueOf(123456), "test", admin);
        assertThat(store.valueOf("registry.talents", "000000", month)).isEqualByComparingTo("123456");
        assertThat(jdbc.queryForObject("""
                select count(*) from indicator_snapshot where source_code = 'registry.talents' and region_code = '000000'
                  and month = date '2022-06-01'""", Long.class)).as("the job's row is still there").isEqualTo(2);
        assertThat(store.history("registry.talents", "000000", month, month)).singleElement()
                .satisfies(point -> assertThat(point.value()).isEqualByComparingTo("123456"));
        assertThat(taken).isNotNull();
    }
}
