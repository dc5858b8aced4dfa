package org.iptalent.expert.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.planning.history.MonthlySnapshots;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The plan's trademark examination "expert" team of 100 on the plans dashboard: an expert joining the team moves the
 * indicator's value by one, against its target of 100, on the dashboard's API and its page.
 */
@PlatformTest
class TeamIndicatorTests {

    private static final String TEAM = "TRADEMARK_EXAMINATION";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ExpertTeams teams;
    @Autowired
    PlanRecords plans;
    @Autowired
    MonthlySnapshots snapshots;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExpertJoiningTheTeamMovesTheIndicator() {
        UserSummary national = accounts.active("teamind.nat", Role.NATIONAL_ADMIN, null);
        long fourteenth = jdbc.queryForObject("select id from plan where starts_year = 2021 and ends_year = 2025",
                Long.class);
        long planId = TestAccounts.as(national, () -> plans.copy(fourteenth, TestAccounts.uniqueName("规划"), null,
                2026, 2030, true)).getId();
        ExpertPool pool = new ExpertPool(context, national);
        OrganisationView office = pool.organisation("商标审查协作中心", "110000");
        long expert = pool.expert("商标审查专家" + System.nanoTime() % 10000, "110000", office, TEAM);
        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(national.id(), "test").token();

        snapshots.refreshCurrent();
        JsonNode before = team(http, token, planId);
        assertThat(before.get("target").decimalValue()).isEqualByComparingTo("100");
        BigDecimal members = before.get("value").decimalValue();

        TestAccounts.as(national, () -> teams.add(TEAM, expert));
        snapshots.refreshCurrent();

        assertThat(team(http, token, planId).get("value").decimalValue())
                .isEqualByComparingTo(members.add(BigDecimal.ONE));
        http.signInEnrolling(national.username(), TestAccounts.PASSWORD);
        assertThat(http.get("/plans/" + planId).body()).contains("商标审查审理“专家型”人才队伍");
    }

    private static JsonNode team(Http http, String token, long planId) {
        for (JsonNode node : http.get("/api/v1/indicators?plan=" + planId, "Authorization", token).json()) {
            if (node.get("code").asText().equals("trademark-expert-team")) {
                return node;
            }
        }
        throw new AssertionError("no trademark-expert-team indicator");
    }
}
