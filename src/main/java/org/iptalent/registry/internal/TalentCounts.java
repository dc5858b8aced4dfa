package org.iptalent.registry.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many talents a region holds, exact, from the counts the database keeps as talents are added, moved, merged and
 * removed (V30's triggers) instead of counting the talent table on every visit of the home page. The counts are
 * rows of changes; folding them per region keeps the sum a few thousand rows whatever the registry's history.
 */
@Component
class TalentCounts {

    private final JdbcTemplate jdbc;

    TalentCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The talents (not merged) registered in the scope's regions. */
    @Transactional(readOnly = true)
    public long in(RegionScope scope) {
        if (scope.isNothing()) {
            return 0;
        }
        Long count = jdbc.queryForObject(
                "select coalesce(sum(talents), 0) from talent_region_count where region_code like ?", Long.class,
                scope.likePattern());
        return count == null ? 0 : count;
    }

    @Scheduled(initialDelayString = "${iptalent.registry.counts.fold:PT1M}",
            fixedDelayString = "${iptalent.registry.counts.fold:PT1M}")
    @SchedulerLock(name = "registry-talent-counts", lockAtMostFor = "PT10M")
    public void scheduledFold() {
        fold();
    }

    /**
     * Folds the changes into one row per region. One statement: the rows it deletes are the rows it sums, so a change
     * appended meanwhile stays for the next fold, and a concurrent fold skips the rows this one took.
     */
    public int fold() {
        return jdbc.update("""
                with taken as (delete from talent_region_count returning region_code, talents)
                insert into talent_region_count (region_code, talents)
                select region_code, sum(talents) from taken group by region_code having sum(talents) <> 0
                """);
    }
}
