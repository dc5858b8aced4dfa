package org.iptalent.expert.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iptalent.expert.pool.Appointment;
import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.ExpertProfile;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.pool.ExpertRecords.Transition;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The trademark examination team over the API: an appointed expert joins and the fill grows by one, a second joining
 * is a conflict, leaving keeps the membership on record with the day it ended; a suspended expert cannot join, an
 * expert outside a provincial administrator's region is not found, a talent cannot touch teams; every change audited.
 */
@PlatformTest
class ExpertTeamTests {

    private static final String TEAM = "TRADEMARK_EXAMINATION";

    @LocalServerPort
    int port;
    @Autowired
    ExpertTeams teams;
    @Autowired
    ExpertRecords experts;
    @Autowired
    TalentRecords talents;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary national;
    String token;
    Http http;

    @BeforeEach
    void accounts() {
        national = accounts.active("team.nat", Role.NATIONAL_ADMIN, null);
        token = "Bearer " + tokens.issue(national.id(), "test").token();
        http = new Http(port);
    }

    @Test
    void anAppointedExpertJoinsAndLeavesTheTeamOverTheApi() throws Exception {
        long expert = appoint("商标审查专家", "110000");
        int before = fill(http.get("/api/v1/expert-teams", "Authorization", token).json());

        Http.Response joined = http.postJson("/api/v1/expert-teams/" + TEAM + "/members", Map.of("expertId", expert),
                "Authorization", token);
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().get("members").asInt()).isEqualTo(before + 1);
        assertThat(joined.json().get("targetSize").asInt()).isEqualTo(100);
        assertThat(fill(http.get("/api/v1/expert-teams", "Authorization", token).json())).isEqualTo(before + 1);
        assertThat(teams.isMember(TEAM, expert)).isTrue();

        Http.Response again = http.postJson("/api/v1/expert-teams/" + TEAM + "/members", Map.of("expertId", expert),
                "Authorization", token, "Accept-Language", "en");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("member of the team already");
        assertThat(http.postJson("/api/v1/expert-teams/" + TEAM + "/members", Map.of(), "Authorization", token)
                .body()).contains("expertId");
        assertThat(http.postJson("/api/v1/expert-teams/NO_SUCH_TEAM/members", Map.of("expertId", expert),
                "Authorization", token).status()).isEqualTo(404);

        assertThat(delete("/api/v1/expert-teams/" + TEAM + "/members/" + expert)).isEqualTo(200);
        assertThat(teams.isMember(TEAM, expert)).isFalse();
        assertThat(delete("/api/v1/expert-teams/" + TEAM + "/members/" + expert)).isEqualTo(404);
        assertThat(jdbc.queryForObject("select left_on from expert_team_member where team_code = ? and expert_id = ?",
                LocalDate.class, TEAM, expert)).isEqualTo(LocalDate.now());
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_entry where entity_type = 'ExpertTeamMember'
                  and entity_id = (select id::text from expert_team_member where expert_id = ?)""",
                Integer.class, expert)).isEqualTo(2);

        // left today, joined again today: one current membership
        TestAccounts.as(national, () -> teams.add(TEAM, expert));
        assertThat(teams.isMember(TEAM, expert)).isTrue();
    }

    @Test
    void onlyAppointedExpertsOfTheRegionJoinAndOnlyAdministratorsKeepTeams() {
        long suspended = appoint("暂停的专家", "320100");
        long version = TestAccounts.as(national, () -> experts.get(suspended)).version();
        TestAccounts.as(national, () -> experts.change(suspended, version, Transition.SUSPEND, "调查中", null, null));
        assertThatThrownBy(() -> TestAccounts.as(national, () -> teams.add(TEAM, suspended)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("expert.team.notAppointed"));

        long elsewhere = appoint("外省专家", "330100");
        UserSummary jiangsu = accounts.active("team.js", Role.PROVINCIAL_ADMIN, "320000");
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> teams.add(TEAM, elsewhere)))
                .isInstanceOf(RecordNotFoundException.class);
        UserSummary talent = accounts.active("team.talent", Role.TALENT, "330100");
        assertThatThrownBy(() -> TestAccounts.as(talent, () -> teams.add(TEAM, elsewhere)))
                .isInstanceOf(AccessDeniedException.class);
        String talentToken = "Bearer " + tokens.issue(talent.id(), "test").token();
        assertThat(http.get("/api/v1/expert-teams", "Authorization", talentToken).status()).isEqualTo(403);
    }

    private int delete(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE()
                .header("Authorization", token).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static int fill(JsonNode teams) {
        for (JsonNode team : teams) {
            if (team.get("code").asText().equals(TEAM)) {
                return team.get("members").asInt();
            }
        }
        throw new AssertionError("no team " + TEAM);
    }

    private long appoint(String name, String region) {
        TalentView talent = TestAccounts.as(national, () -> talents.create(new TalentInput(name, null, null,
                TestIdentities.identity(region, true), null, null, "MASTER", "LAW", null, null, null, region, "72",
                List.of("PROT_TECH_INVESTIGATOR"), null, null, null, null), Talent.Source.MANUAL));
        return TestAccounts.as(national, () -> experts.appoint(new Appointment(talent.id(),
                LocalDate.now().minusYears(1), LocalDate.now().plusYears(2), new ExpertProfile(
                        Set.of("TRADEMARK_EXAMINATION"), Set.of("G06"), Set.of(Duty.EXAMINATION_EXPERT), "英语",
                        Availability.AVAILABLE, "商标审查二十年")))).id();
    }
}
