package org.iptalent.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The home page's talent count: what the database keeps equals a count of the talent table, however talents change. */
@PlatformTest
class TalentCountsTests {

    @Autowired
    TalentCounts counts;
    @Autowired
    TalentRecords records;
    @Autowired
    TalentMerge merge;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private static final List<String> SCOPES = List.of("000000", "440000", "440100", "440300", "110000");

    @Test
    void theKeptCountIsTheTalentTablesThroughAddsMovesMergesRemovalsAndFolds() {
        UserSummary guangdong = accounts.active("gd.counts", Role.PROVINCIAL_ADMIN, "440000");
        String suffix = String.valueOf(System.nanoTime() % 100000);
        TalentView first = TestAccounts.as(guangdong, () -> records.create(talent("周明" + suffix, "440300"),
                Talent.Source.MANUAL));
        TalentView second = TestAccounts.as(guangdong, () -> records.create(talent("吴芳" + suffix, "440300"),
                Talent.Source.MANUAL));
        TalentView third = TestAccounts.as(guangdong, () -> records.create(talent("孙磊" + suffix, "440100"),
                Talent.Source.MANUAL));
        assertCountsAreTheTables("after adding");

        TestAccounts.as(guangdong, () -> records.update(second.id(), second.version(),
                new TalentInput(second.name(), null, null, records.sensitive(second.id()).identityNumber(), null, null,
                        "MASTER", "LAW", null, null, null, "440100", "72", List.of("APP_PATENT_AGENT"), null, null,
                        null, null), Talent.Source.MANUAL));
        assertCountsAreTheTables("after a move from Shenzhen to Guangzhou");

        TestAccounts.as(guangdong, () -> {
            merge.merge(first.id(), third.id());
            return null;
        });
        assertCountsAreTheTables("after a merge");

        assertThat(counts.fold()).as("regions folded").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from (select region_code from talent_region_count "
                + "group by region_code having count(*) > 1) r", Long.class)).as("one row per region").isZero();
        assertCountsAreTheTables("after a fold");

        jdbc.update("delete from talent_category where talent_id = ?", second.id());
        jdbc.update("delete from talent_flow where talent_id = ?", second.id());
        jdbc.update("delete from talent where id = ?", second.id());
        assertCountsAreTheTables("after a removal");
        assertThat(counts.in(RegionScope.nothing())).isZero();
    }

    private void assertCountsAreTheTables(String when) {
        for (String region : SCOPES) {
            RegionScope scope = region.equals("000000") ? RegionScope.national() : RegionScope.of(region);
            long direct = jdbc.queryForObject("select count(*) from talent where merged_into_id is null "
                    + "and region_code like ?", Long.class, scope.likePattern());
            assertThat(counts.in(scope)).as("%s, %s", region, when).isEqualTo(direct);
        }
    }

    private static TalentInput talent(String name, String region) {
        return new TalentInput(name, null, null, TestIdentities.identity("440304", true), null, null, "MASTER", "LAW",
                null, null, null, region, "72", List.of("APP_PATENT_AGENT"), null, null, null, null);
    }
}
