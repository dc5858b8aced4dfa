package org.iptalent.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.iptalent.registry.TalentSupply.Counted;
import org.iptalent.registry.TalentSupply.GroupCount;
import org.iptalent.registry.TalentSupply.Grouping;
import org.iptalent.registry.TalentSupply.SupplyFilter;
import org.iptalent.shared.RegionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The supply by province and industry, and by city over every industry, for every talent, team and category
 * ({@code talent_supply_summary} and {@code talent_supply_region_summary}, V46), rebuilt every few minutes: the map's
 * view of the country or of a province over a million talents otherwise joins the active talents with a team's
 * categories (0.6 to 1.1 s for the country, 0.35 s for Guangdong), where the summary answers from a few thousand rows.
 * Kept only for a registry of at least {@code iptalent.registry.supply-summary.min-talents}: below that the live
 * count is fast and exact, so small registries never see figures "as of" a past minute.
 */
@Component
class SupplySummary {

    private static final Logger log = LoggerFactory.getLogger(SupplySummary.class);
    private static final String ACTIVE = "t.merged_into_id is null and t.status = 'ACTIVE'";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TalentCounts counts;
    private final long minTalents;

    SupplySummary(JdbcTemplate jdbc, PlatformTransactionManager transactions, TalentCounts counts,
            @Value("${iptalent.registry.supply-summary.min-talents:200000}") long minTalents) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        // the six counts from one snapshot, taken after the lock: a province's teams and cities agree with its total
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.counts = counts;
        this.minTalents = minTalents;
    }

    /** Whether the registry is large enough for the summary (the region counts the database keeps, not a count). */
    boolean worthKeeping() {
        return counts.in(RegionScope.national()) >= minTalents;
    }

    @Scheduled(initialDelayString = "${iptalent.registry.supply-summary.first:PT20S}",
            fixedDelayString = "${iptalent.registry.supply-summary.refresh:PT10M}")
    @SchedulerLock(name = "registry-supply-summary", lockAtMostFor = "PT30M")
    public void scheduledRefresh() {
        if (worthKeeping()) {
            Instant at = refresh();
            log.info("Supply summary counted at {}", at);
        }
    }

    /**
     * Counts the summary again in one transaction: readers keep the previous rows until it commits, and the table's
     * lock (which plain reads do not wait for) keeps a second refresh from adding its rows beside this one's.
     */
    public Instant refresh() {
        // a transaction of its own, also when the scheduled run calls it (a call within the class skips the proxy)
        return transactions.execute(status -> count());
    }

    private Instant count() {
        long start = System.nanoTime();
        jdbc.execute("lock table talent_supply_summary, talent_supply_region_summary in exclusive mode");
        jdbc.update("delete from talent_supply_summary");
        jdbc.update("delete from talent_supply_region_summary");
        insert("talent_supply_summary", "province_code, industry_code", "t.province_code, t.industry_code");
        insert("talent_supply_region_summary", "region_code", "t.region_code");
        long took = (System.nanoTime() - start) / 1_000_000;
        return jdbc.queryForObject("""
                insert into talent_supply_summary_state (id, counted_at, took_ms) values (1, now(), ?)
                on conflict (id) do update set counted_at = excluded.counted_at, took_ms = excluded.took_ms
                returning counted_at""", Timestamp.class, took).toInstant();
    }

    /** Every active talent, each team's and each category's, grouped by the talent's columns given (fixed text). */
    private void insert(String table, String columns, String groups) {
        String into = "insert into " + table + " (" + columns + ", facet_kind, facet, talents) select " + groups;
        jdbc.update(into + ", 'A', '', count(*) from talent t where " + ACTIVE + " group by " + groups);
        // a talent of two categories of one team counts once for the team
        jdbc.update(into + ", 'T', c.team, count(*) from talent t join (select distinct talent_id, team "
                + "from talent_category) c on c.talent_id = t.id where " + ACTIVE + " group by " + groups + ", c.team");
        jdbc.update(into + ", 'C', c.category, count(*) from talent t join talent_category c on c.talent_id = t.id "
                + "where " + ACTIVE + " group by " + groups + ", c.category");
    }

    /**
     * The filter's counts from the summary, when it can answer, in a registry large enough to keep it, once counted:
     * the country or a province by province or by industry, and a province's cities (or a city) over every industry.
     * A city's industries and a province's cities within one industry concern few talents and are counted live.
     * Read in one snapshot with the time it was counted.
     */
    Optional<Counted> read(SupplyFilter filter, Grouping grouping) {
        String region = filter.regionCode();
        String kind = filter.category() != null ? "C" : filter.team() != null ? "T" : "A";
        String facet = filter.category() != null ? filter.category() : filter.team() != null ? filter.team() : "";
        List<Object> args = new ArrayList<>(List.of(kind, facet));
        // fixed fragments only; every value is a bound parameter
        StringBuilder sql;
        if (grouping == Grouping.REGION) {
            if (region == null || filter.industryCode() != null) {
                return Optional.empty();
            }
            sql = new StringBuilder("select region_code, sum(talents) from talent_supply_region_summary "
                    + "where facet_kind = ? and facet = ? and region_code like ?");
            args.add(RegionScope.of(region).likePattern());
        } else {
            if (region != null && !region.endsWith("0000")) {
                return Optional.empty();
            }
            sql = new StringBuilder("select ").append(grouping == Grouping.PROVINCE ? "province_code" : "industry_code")
                    .append(", sum(talents) from talent_supply_summary where facet_kind = ? and facet = ?");
            if (region != null) {
                sql.append(" and province_code = ?");
                args.add(region);
            }
            if (filter.industryCode() != null) {
                sql.append(" and industry_code = ?");
                args.add(filter.industryCode());
            }
        }
        if (!worthKeeping()) {
            return Optional.empty();
        }
        List<Timestamp> at = jdbc.queryForList("select counted_at from talent_supply_summary_state", Timestamp.class);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        sql.append(" group by 1 order by 1");
        List<GroupCount> rows = jdbc.query(sql.toString(),
                (rs, n) -> new GroupCount(rs.getString(1), rs.getLong(2)), args.toArray());
        return Optional.of(new Counted(rows, at.get(0).toInstant()));
    }
}
