package org.iptalent.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.analytics.flows.FlowSeeds;
import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentFlowCount;
import org.iptalent.registry.TalentMovement;
import org.iptalent.registry.TalentMovements;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.ImportJobs;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * How talents join and move, as other modules read it: one stream whatever path wrote the talent, joins from
 * the talent rows (no "joined" flow is written), moves from the flows, each limited to the reader's region; the
 * moves alone, counted by year and city, are the counts' moves without a join.
 */
@PlatformTest
class TalentMovementsTests {

    static final List<String> HEADER = List.of("姓名", "身份证号码", "行政区划代码", "人才类别", "工作单位");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.iptalent.identity.internal.ApiTokens tokens;
    @Autowired
    TalentMovements movements;
    @Autowired
    TalentRecords records;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void joinsComeFromTheTalentRowsAndMovesFromTheFlowsEachInTheReadersRegion() throws Exception {
        UserSummary national = accounts.active("mv.nat", Role.NATIONAL_ADMIN, null);
        UserSummary guangdong = accounts.active("mv.gd", Role.PROVINCIAL_ADMIN, "440000");
        UserSummary beijing = accounts.active("mv.bj", Role.PROVINCIAL_ADMIN, "110000");
        Http http = new Http(port);
        String auth = "Bearer " + tokens.issue(national.id(), "movements").token();
        String marker = "迁" + Long.toString(System.nanoTime(), 36);
        String mover = TestIdentities.identity("440106", true);
        String stayer = TestIdentities.identity("330106", false);
        Instant start = Instant.now().minusSeconds(1);

        importCsv(http, auth, List.of(List.of("甲" + marker, mover, "440100", "专利代理师", marker + "广州所"),
                List.of("乙" + marker, stayer, "330100", "专利代理师", marker + "杭州所")));
        assertThat(jdbc.queryForObject("select count(*) from talent_flow f join talent t on t.id = f.talent_id "
                + "where t.name like ?", Long.class, "%" + marker)).as("joining is no flow").isZero();
        importCsv(http, auth, List.of(List.of("甲" + marker, mover, "110000", "专利代理师", marker + "北京所")));
        long moverId = jdbc.queryForObject("select id from talent where name = ?", Long.class, "甲" + marker);
        long stayerId = jdbc.queryForObject("select id from talent where name = ?", Long.class, "乙" + marker);
        Instant end = Instant.now().plusSeconds(1);

        List<TalentMovement> all = read(national, start, end, moverId, stayerId);
        assertThat(all).extracting(TalentMovement::talentId, TalentMovement::kind, TalentMovement::fromRegionCode,
                TalentMovement::toRegionCode).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(moverId, TalentMovement.Kind.JOINED, null, "440100"),
                        org.assertj.core.groups.Tuple.tuple(moverId, TalentMovement.Kind.MOVED, "440100", "110000"),
                        org.assertj.core.groups.Tuple.tuple(stayerId, TalentMovement.Kind.JOINED, null, "330100"));
        TalentMovement joined = all.stream().filter(m -> m.talentId() == moverId
                && m.kind() == TalentMovement.Kind.JOINED).findFirst().orElseThrow();
        assertThat(joined.toEmployerId()).as("the first employer, not the current one").isEqualTo(jdbc.queryForObject(
                "select id from organisation where name = ?", Long.class, marker + "广州所"));
        assertThat(all.get(0).at()).isBeforeOrEqualTo(all.get(all.size() - 1).at());

        assertThat(read(guangdong, start, end, moverId, stayerId)).extracting(TalentMovement::kind)
                .containsExactly(TalentMovement.Kind.JOINED, TalentMovement.Kind.MOVED);
        assertThat(read(beijing, start, end, moverId, stayerId)).extracting(TalentMovement::kind)
                .containsExactly(TalentMovement.Kind.MOVED);
        assertThat(read(national, end, end.plus(Duration.ofDays(1)), moverId, stayerId)).isEmpty();

        // the profile tells the same story
        var flows = TestAccounts.as(national, () -> records.flows(moverId));
        assertThat(flows).extracting(TalentRecords.Flow::fromRegionCode, TalentRecords.Flow::toRegionCode,
                TalentRecords.Flow::toEmployer).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "440100", marker + "广州所"),
                        org.assertj.core.groups.Tuple.tuple("440100", "110000", marker + "北京所"));
    }

    @Test
    void movesAreTheCountsMovesWithoutTheJoinsInTheReadersRegion() {
        UserSummary national = accounts.active("mvc.nat", Role.NATIONAL_ADMIN, null);
        UserSummary sichuan = accounts.active("mvc.sc", Role.PROVINCIAL_ADMIN, "510000");
        FlowSeeds seeds = new FlowSeeds(jdbc).write();
        try {
            List<TalentFlowCount> moves = TestAccounts.as(national, () -> movements.moves(2004, 2004));
            assertThat(moves).as("the moves of 2004 in China's time, between cities; none in one city, no joins")
                    .containsExactly(new TalentFlowCount(2004, "110000", "510100", 1),
                            new TalentFlowCount(2004, "440100", "110000", 2),
                            new TalentFlowCount(2004, "440100", "440300", 1));
            assertThat(moves).isEqualTo(TestAccounts.as(national, () -> movements.counts(2004, 2004)).stream()
                    .filter(c -> !c.joined()).toList());
            assertThat(TestAccounts.as(national, () -> movements.moves(2005, 2005)))
                    .containsExactly(new TalentFlowCount(2005, "440100", "310000", 1));
            assertThat(TestAccounts.as(sichuan, () -> movements.moves(2004, 2005)))
                    .containsExactly(new TalentFlowCount(2004, "110000", "510100", 1));
        } finally {
            seeds.remove();
        }
    }

    private static void importCsv(Http http, String auth, List<List<String>> rows) throws InterruptedException {
        JsonNode job = ImportJobs.run(http, auth, "talents.csv", Spreadsheets.csv(HEADER, rows, StandardCharsets.UTF_8,
                true));
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
    }

    private List<TalentMovement> read(UserSummary user, Instant from, Instant to, long... ids) {
        List<Long> wanted = java.util.Arrays.stream(ids).boxed().toList();
        List<TalentMovement> found = new ArrayList<>();
        TestAccounts.as(user, () -> {
            movements.each(from, to, m -> {
                if (wanted.contains(m.talentId())) {
                    found.add(m);
                }
            });
            return null;
        });
        return found;
    }
}
