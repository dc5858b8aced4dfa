package org.iptalent.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.analytics.supplydemand.SupplyDemandSeed;
import org.iptalent.registry.TalentSupply;
import org.iptalent.registry.TalentSupply.Counted;
import org.iptalent.registry.TalentSupply.Grouping;
import org.iptalent.registry.TalentSupply.SupplyFilter;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The supply summary gives the live count's figures for every filter it answers (the country's and a province's by
 * province or industry, a province's cities), keeps them until counted again, and is not used for the few talents of
 * a city's industries or by a registry too small to need it.
 */
@PlatformTest
class SupplySummaryTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TalentCounts counts;
    @Autowired
    TalentSupply supply;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theSummaryIsTheLiveCountOfEveryFilterUntilCountedAgain() {
        SupplyDemandSeed.write(jdbc);
        // a summary kept whatever the registry's size, as for a million talents
        SupplySummary summary = new SupplySummary(jdbc, transactionManager, counts, 0);
        // as the job runs it: outside any transaction
        summary.scheduledRefresh();
        Instant first = summary.read(new SupplyFilter(null, null, null, null), Grouping.PROVINCE).orElseThrow()
                .countedAt();

        String province = SupplyDemandSeed.PROVINCE;
        List<SupplyFilter> filters = List.of(new SupplyFilter(null, null, null, null),
                new SupplyFilter(null, SupplyDemandSeed.TEAM, null, null),
                new SupplyFilter(null, SupplyDemandSeed.TEAM, SupplyDemandSeed.CATEGORY, null),
                new SupplyFilter(null, null, SupplyDemandSeed.OTHER_CATEGORY, SupplyDemandSeed.INDUSTRY),
                new SupplyFilter(null, SupplyDemandSeed.TEAM, null, SupplyDemandSeed.INDUSTRY),
                new SupplyFilter(province, null, null, null),
                new SupplyFilter(province, SupplyDemandSeed.TEAM, null, null),
                new SupplyFilter(province, null, SupplyDemandSeed.CATEGORY, SupplyDemandSeed.INDUSTRY));
        for (SupplyFilter filter : filters) {
            for (Grouping grouping : List.of(Grouping.PROVINCE, Grouping.INDUSTRY)) {
                assertSameAsLive(summary, filter, grouping, first);
            }
        }
        // a province's cities and a city alone, over every industry
        assertSameAsLive(summary, new SupplyFilter(province, SupplyDemandSeed.TEAM, null, null), Grouping.REGION,
                first);
        assertSameAsLive(summary, new SupplyFilter(province, null, SupplyDemandSeed.OTHER_CATEGORY, null),
                Grouping.REGION, first);
        assertSameAsLive(summary, new SupplyFilter(SupplyDemandSeed.URUMQI, SupplyDemandSeed.TEAM, null, null),
                Grouping.REGION, first);

        // a talent added since: the summary keeps its figures until it is counted again
        SupplyFilter team = new SupplyFilter(null, SupplyDemandSeed.TEAM, null, null);
        List<TalentSupply.GroupCount> before = summary.read(team, Grouping.PROVINCE).orElseThrow().counts();
        SupplyDemandSeed.write(jdbc);
        assertThat(summary.read(team, Grouping.PROVINCE).orElseThrow().counts()).isEqualTo(before)
                .isNotEqualTo(supply.count(team, Grouping.PROVINCE));
        Instant second = summary.refresh();
        assertThat(second).isAfter(first);
        assertThat(summary.read(team, Grouping.PROVINCE).orElseThrow().counts())
                .isEqualTo(supply.count(team, Grouping.PROVINCE));

        // few talents, counted live: a city's industries, a province's cities within one industry
        assertThat(summary.read(new SupplyFilter(SupplyDemandSeed.URUMQI, null, null, null), Grouping.INDUSTRY))
                .isEmpty();
        assertThat(summary.read(new SupplyFilter(province, null, null, SupplyDemandSeed.INDUSTRY), Grouping.REGION))
                .isEmpty();
    }

    private void assertSameAsLive(SupplySummary summary, SupplyFilter filter, Grouping grouping, Instant countedAt) {
        Counted counted = summary.read(filter, grouping).orElseThrow();
        assertThat(counted.counts()).as("%s by %s", filter, grouping).isEqualTo(supply.count(filter, grouping))
                .isNotEmpty();
        assertThat(counted.countedAt()).isEqualTo(countedAt);
    }

    @Test
    void aSmallRegistryIsCountedLive() {
        SupplyDemandSeed.write(jdbc);
        new SupplySummary(jdbc, transactionManager, counts, 0).refresh();
        // the platform's own summary keeps nothing below 200,000 talents: the map's figures are counted now
        Counted counted = supply.recent(new SupplyFilter(null, null, null, null), Grouping.PROVINCE);
        assertThat(counted.countedAt()).isNull();
        assertThat(counted.counts()).isEqualTo(supply.count(new SupplyFilter(null, null, null, null),
                Grouping.PROVINCE));
        List<Long> totals = new ArrayList<>();
        counted.counts().forEach(c -> totals.add(c.count()));
        assertThat(totals).allMatch(n -> n > 0);
    }
}
