package org.iptalent.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's national IP leading talents: a concluded 2025 round with at most ten selected, each a nominee of the
 * round, and a 2026 round taking nominations within its quotas; run again, it adds nothing.
 */
@PlatformTest
class ProgrammeDemoDataTests {

    @Autowired
    List<DemoDataContributor> contributors;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConcludedRoundAndANominatingOne() {
        UserSummary national = accounts.active("pdemo.nat", Role.NATIONAL_ADMIN, null);
        ExpertPool pool = new ExpertPool(context, national);
        for (String region : List.of("110000", "310000", "320100", "330100", "370100", "440100", "510100",
                "420100")) {
            for (int i = 0; i < 4; i++) {
                pool.talent("示范" + region + i, region, null);
            }
        }
        DemoDataContributor demo = contributors.stream().filter(c -> c.name().equals("talent-programmes"))
                .findFirst().orElseThrow();
        DemoProperties properties = new DemoProperties(true, false, "Demo#IPTalent2026", 7);
        demo.contribute(properties);
        demo.contribute(properties);
        List<Map<String, Object>> rounds = jdbc.queryForList("""
                select r.year, r.state, (select count(*) from programme_selection s where s.round_id = r.id) selected,
                  (select count(*) from programme_nomination n where n.round_id = r.id) nominated,
                  (select count(*) from programme_nomination n where n.round_id = r.id and n.province_code not in
                     (select q.province_code from programme_quota q where q.round_id = r.id)) outside
                from programme_round r join talent_programme p on p.id = r.programme_id
                where p.code = 'IP_LEADING_TALENTS' order by r.year""");
        assertThat(rounds).extracting(r -> r.get("year"), r -> r.get("state")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2025, "CONCLUDED"),
                org.assertj.core.groups.Tuple.tuple(2026, "NOMINATING"));
        assertThat(((Number) rounds.get(0).get("selected")).intValue()).isBetween(1, 10);
        assertThat(((Number) rounds.get(1).get("nominated")).intValue()).isPositive();
        assertThat(rounds).allSatisfy(r -> assertThat(((Number) r.get("outside")).intValue()).isZero());
    }
}
