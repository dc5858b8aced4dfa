package org.iptalent.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.programme.round.ProgrammeCatalogue;
import org.iptalent.programme.round.ProgrammeInput;
import org.iptalent.programme.round.ProgrammeView;
import org.iptalent.programme.round.RoundInput;
import org.iptalent.programme.round.RoundPlanning;
import org.iptalent.programme.round.SelectionRound;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The programmes' API: a province lists the national programmes and nominates its talent (audited), a talent of
 * another province is refused in words, the province sees only its own nominations, and no scores before the review
 * closes; a talent account sees no programme.
 */
@PlatformTest
class ProgrammeApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ProgrammeCatalogue catalogue;
    @Autowired
    RoundPlanning planning;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProvinceNominatesOverTheApiWithinItsScope() {
        UserSummary national = accounts.active("papi.nat", Role.NATIONAL_ADMIN, null);
        UserSummary guangdong = accounts.active("papi.gd", Role.PROVINCIAL_ADMIN, "440000");
        UserSummary talentAccount = accounts.active("papi.talent", Role.TALENT, "440100");
        ExpertPool pool = new ExpertPool(context, national);
        String code = "API_" + System.nanoTime() % 1_000_000_000L;
        ProgrammeView programme = TestAccounts.as(national, () -> catalogue.create(new ProgrammeInput(code,
                "接口人才计划" + code, null, null)));
        SelectionRound round = TestAccounts.as(national, () -> planning.open(programme.id(), new RoundInput(2026, 3,
                LocalDate.now().plusDays(5), Map.of("440000", 2, "320000", 2))));
        OrganisationView org = pool.organisation("接口单位", "440100");
        TalentView mine = pool.talent("粤接口", "440100", org);
        TalentView other = pool.talent("苏接口", "320100", org);

        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(guangdong.id(), "test").token();
        assertThat(http.get("/api/v1/talent-programmes", "Authorization", token).json().findValuesAsString("code"))
                .contains(code, "IP_LEADING_TALENTS");

        Http.Response created = http.postJson("/api/v1/talent-programmes/rounds/" + round.getId() + "/nominations",
                Map.of("talentId", mine.id(), "statement", "推荐理由", "achievements", "主要业绩"),
                "Authorization", token);
        assertThat(created.status()).isEqualTo(201);
        long nominationId = created.json().get("id").asLong();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'ProgrammeNomination' "
                + "and entity_id = ?", Integer.class, String.valueOf(nominationId))).isEqualTo(1);

        Http.Response outside = http.postJson("/api/v1/talent-programmes/rounds/" + round.getId() + "/nominations",
                Map.of("talentId", other.id(), "statement", "推荐理由", "achievements", "主要业绩"),
                "Authorization", token, "Accept-Language", "en");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("Only talents of your province can be nominated.");

        Http.Response duplicate = http.postJson("/api/v1/talent-programmes/rounds/" + round.getId() + "/nominations",
                Map.of("talentId", mine.id(), "statement", "推荐理由", "achievements", "主要业绩"),
                "Authorization", token);
        assertThat(duplicate.status()).isEqualTo(409);

        var board = http.get("/api/v1/talent-programmes/rounds/" + round.getId(), "Authorization", token).json();
        assertThat(board.get("nominations")).hasSize(1);
        assertThat(board.get("quotas")).hasSize(1);
        assertThat(http.get("/api/v1/talent-programmes/rounds/" + round.getId() + "/scores", "Authorization", token)
                .status()).isEqualTo(403);

        String talentToken = "Bearer " + tokens.issue(talentAccount.id(), "test").token();
        assertThat(http.get("/api/v1/talent-programmes", "Authorization", talentToken).status()).isEqualTo(403);
        assertThat(http.putJson("/api/v1/talent-programmes/nominations/" + nominationId + "/score",
                Map.of("score", 90), "Authorization", talentToken).status()).isEqualTo(404);
    }
}
