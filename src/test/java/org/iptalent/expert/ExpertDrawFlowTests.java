package org.iptalent.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.draw.DrawAnswers;
import org.iptalent.expert.draw.DrawPick;
import org.iptalent.expert.draw.DrawRequest;
import org.iptalent.expert.draw.DrawRequest.MatterKind;
import org.iptalent.expert.draw.DrawRequest.RegionRule;
import org.iptalent.expert.draw.DrawRequest.Requirement;
import org.iptalent.expert.draw.DrawView;
import org.iptalent.expert.draw.ExpertDraws;
import org.iptalent.expert.draw.UnsatisfiableDrawException;
import org.iptalent.expert.engagement.EngagementRecords;
import org.iptalent.expert.engagement.Evaluation;
import org.iptalent.expert.pool.Appointment;
import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.ExpertAvoidances;
import org.iptalent.expert.pool.ExpertProfile;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.pool.ExpertRecords.Transition;
import org.iptalent.expert.pool.ExpertView;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.InvalidInputException;
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
 * A draw with avoidance over a pool built for it (a category of its own, so no other test's experts count): exactly
 * the experts no rule excludes are eligible; the draw replays identically; a decline calls a reserve; a confirmation
 * opens an engagement whose evaluation shows on the profile; a second draw for the matter avoids the first's experts;
 * a draw the pool cannot meet says which requirement and how many, and draws nothing; bad appointments are refused.
 */
@PlatformTest
class ExpertDrawFlowTests {

    @LocalServerPort
    int port;
    @Autowired
    ExpertRecords experts;
    @Autowired
    ExpertAvoidances avoidances;
    @Autowired
    ExpertCategories categories;
    @Autowired
    ExpertDraws draws;
    @Autowired
    DrawAnswers answers;
    @Autowired
    EngagementRecords engagements;
    @Autowired
    TalentRecords talents;
    @Autowired
    org.iptalent.registry.TalentAccounts talentAccounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary national;
    String category;
    OrganisationView partyInGuangdong;
    OrganisationView partyInBeijing;
    OrganisationView elsewhere;
    /** The experts the draw may pick, by name, and those it must not. */
    Map<String, Long> eligible = new LinkedHashMap<>();
    Map<String, Long> avoided = new LinkedHashMap<>();

    @BeforeEach
    void pool() {
        national = accounts.active("experts.nat", Role.NATIONAL_ADMIN, null);
        category = "LAW_T" + System.nanoTime() % 1_000_000_000L;
        TestAccounts.as(national, () -> categories.add(category, "LAW", "测试法律专家" + category, null));
        partyInGuangdong = organisation("广东当事公司", "440300");
        partyInBeijing = organisation("北京当事公司", "110000");
        elsewhere = organisation("江苏其他公司", "320500");

        for (String region : List.of("320500", "330100", "510100", "420100", "610100", "370200")) {
            eligible.put("可抽" + region, appoint("可抽" + region, region, elsewhere, LocalDate.now().minusYears(1)));
        }
        avoided.put("广东的专家", appoint("广东的专家", "440100", elsewhere, LocalDate.now().minusYears(1)));
        avoided.put("北京的专家", appoint("北京的专家", "110000", null, LocalDate.now().minusYears(1)));
        avoided.put("当事方员工", appoint("当事方员工", "320100", partyInGuangdong, LocalDate.now().minusYears(1)));
        long former = appoint("前员工", "320200", partyInBeijing, LocalDate.now().minusYears(1));
        TalentView formerTalent = TestAccounts.as(national, () -> talents.get(experts.get(former).talentId()));
        TestAccounts.as(national, () -> talents.update(formerTalent.id(), formerTalent.version(),
                input("前员工", TestAccounts.as(national, () -> talents.sensitive(formerTalent.id()).identityNumber()),
                        "320200", elsewhere), Talent.Source.MANUAL));
        avoided.put("前员工", former);
        long conflicted = appoint("申报利益关系", "330200", elsewhere, LocalDate.now().minusYears(1));
        TestAccounts.as(national, () -> avoidances.declareConflict(conflicted, partyInBeijing.id(), "顾问"));
        avoided.put("申报利益关系", conflicted);
        long onLeave = appoint("请假中", "340100", elsewhere, LocalDate.now().minusYears(1));
        TestAccounts.as(national, () -> avoidances.addLeave(onLeave, LocalDate.now().minusDays(2),
                LocalDate.now().plusDays(2), "出国"));
        avoided.put("请假中", onLeave);
        long blacklisted = appoint("黑名单", "350100", elsewhere, LocalDate.now().minusYears(1));
        change(blacklisted, Transition.BLACKLIST, "违规");
        avoided.put("黑名单", blacklisted);
        long suspended = appoint("暂停中", "360100", elsewhere, LocalDate.now().minusYears(1));
        change(suspended, Transition.SUSPEND, "调查中");
        avoided.put("暂停中", suspended);
        avoided.put("聘期未开始", appoint("聘期未开始", "430100", elsewhere, LocalDate.now().plusDays(3)));
    }

    @Test
    void aDrawAvoidsEveryConflictReplaysAndCallsAReserveOnADecline() {
        String matter = "（2026）粤73知民初" + System.nanoTime() % 100000 + "号技术调查";
        DrawView draw = TestAccounts.as(national, () -> draws.open(request(matter, 2, 2, null, null)));
        assertThat(draw.requirements().get(0).eligible()).isEqualTo(eligible.size());
        assertThat(new HashSet<>(draw.picks().stream().map(DrawView.PickView::expertId).toList()))
                .hasSize(4).isSubsetOf(eligible.values()).doesNotContainAnyElementsOf(avoided.values());
        assertThat(draw.selected()).hasSize(2);
        assertThat(draw.reserveList()).hasSize(2);
        assertThat(draw.seed()).hasSize(64);

        ExpertDraws.Replay replay = TestAccounts.as(national, () -> draws.replay(draw.id()));
        assertThat(replay.identical()).isTrue();
        assertThat(replay.recomputed()).isEqualTo(replay.recorded()).hasSize(4);

        // a decline calls the first reserve in its place; the decline is on the expert's record
        DrawView.PickView declining = draw.picks().get(0);
        DrawView afterDecline = TestAccounts.as(national, () -> answers.answer(draw.id(), declining.id(), false, "出差"));
        Long firstReserve = draw.reserveList().get(0);
        assertThat(afterDecline.selected()).containsExactlyInAnyOrder(draw.selected().get(1), firstReserve);
        assertThat(afterDecline.picks()).filteredOn(p -> p.expertId() == firstReserve).singleElement()
                .satisfies(p -> assertThat(p.replacesId()).isEqualTo(declining.id()));
        assertThat(jdbc.queryForObject("select count(*) from expert_credit where expert_id = ? and kind = 'DECLINED'",
                Long.class, declining.expertId())).isEqualTo(1);
        assertThatThrownBy(() -> TestAccounts.as(national, () -> answers.answer(draw.id(), declining.id(), true, null)))
                .hasMessage("expert.draw.alreadyAnswered");

        // a confirmation opens the engagement; its evaluation shows on the profile
        DrawView.PickView confirming = afterDecline.picks().stream()
                .filter(p -> p.state() == DrawPick.State.SELECTED).findFirst().orElseThrow();
        TestAccounts.as(national, () -> answers.answer(draw.id(), confirming.id(), true, null));
        var engagement = TestAccounts.as(national, () -> engagements.ofExpert(confirming.expertId())).get(0);
        assertThat(engagement.getMatter()).isEqualTo(matter);
        assertThatThrownBy(() -> TestAccounts.as(national, () -> engagements.evaluate(engagement.getId(),
                engagement.getVersion(), new Evaluation(LocalDate.now(), null, 6, null, 3, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("quality", "timeliness"));
        TestAccounts.as(national, () -> engagements.evaluate(engagement.getId(), engagement.getVersion(),
                new Evaluation(LocalDate.now(), "按期提交技术调查意见", 5, 4, 5, null)));
        ExpertView profile = TestAccounts.as(national, () -> experts.get(confirming.expertId()));
        assertThat(profile.scores().evaluations()).isEqualTo(1);
        assertThat(profile.scores().quality()).isEqualTo(5.0);

        // a second draw for the matter leaves out every expert the first drew; the pool cannot give 3 more
        long drawsBefore = jdbc.queryForObject("select count(*) from expert_draw", Long.class);
        assertThatThrownBy(() -> TestAccounts.as(national, () -> draws.open(request(matter, 3, 0, draw.id(),
                "当事人申请回避"))))
                .isInstanceOfSatisfying(UnsatisfiableDrawException.class, e -> {
                    assertThat(e.requirement()).isZero();
                    assertThat(e.eligibleCount()).isEqualTo(eligible.size() - 4);
                });
        assertThat(jdbc.queryForObject("select count(*) from expert_draw", Long.class)).isEqualTo(drawsBefore);
        DrawView again = TestAccounts.as(national, () -> draws.open(request(matter, 2, 0, draw.id(), "当事人申请回避")));
        assertThat(again.selected()).doesNotContainAnyElementsOf(draw.picks().stream()
                .map(DrawView.PickView::expertId).toList());
        assertThat(again.redrawOf()).isEqualTo(draw.id());
    }

    @Test
    void theApiDrawsReplaysAndSaysWhichRequirementCannotBeMet() {
        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(national.id(), "test").token();
        Map<String, Object> body = Map.of("matter", "接口抽取" + System.nanoTime() % 100000,
                "matterKind", "MEDIATION", "regionRule", "OUTSIDE_PARTIES",
                "partyOrganisationIds", List.of(partyInGuangdong.id(), partyInBeijing.id()),
                "requirements", List.of(Map.of("category", category, "count", 2)), "reserves", 1);
        Http.Response created = http.postJson("/api/v1/expert-draws", body, "Authorization", token);
        assertThat(created.status()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(json.get("eligibleCount").asInt()).isEqualTo(eligible.size());
        assertThat(json.get("selected")).hasSize(2);
        assertThat(json.get("reserveList")).hasSize(1);
        long id = json.get("id").asLong();
        JsonNode replay = http.postJson("/api/v1/expert-draws/" + id + "/replay", Map.of(), "Authorization", token)
                .json();
        assertThat(replay.get("identical").asBoolean()).isTrue();

        Map<String, Object> tooMany = Map.of("matter", "接口抽取过多", "matterKind", "MEDIATION", "regionRule",
                "ANY", "requirements", List.of(Map.of("category", category, "count", 2),
                        Map.of("category", category, "count", 50)));
        Http.Response refused = http.postJson("/api/v1/expert-draws", tooMany, "Authorization", token,
                "Accept-Language", "zh-CN");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("requirement").asInt()).isEqualTo(1);
        assertThat(refused.json().get("detail").asText()).contains("第 2 项要求", "需要 50 名专家");

        Http.Response bad = http.postJson("/api/v1/expert-draws", Map.of("matter", "", "requirements",
                List.of(Map.of("category", "NO_SUCH", "ipcClass", "Z99", "count", 0))), "Authorization", token);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("matter", "matterKind", "regionRule", "requirements[0].category",
                "requirements[0].ipcClass", "requirements[0].count");
    }

    @Test
    void aDrawnExpertSeesItsOwnPickAndAnswersItAndNoOtherTalentSeesTheDraw() {
        DrawView draw = TestAccounts.as(national, () -> draws.open(request("本人答复" + System.nanoTime() % 100000,
                eligible.size(), 0, null, null)));
        DrawView.PickView pick = draw.picks().get(0);
        ExpertView expert = TestAccounts.as(national, () -> experts.get(pick.expertId()));
        UserSummary self = accounts.active("expert.self", Role.TALENT, expert.regionCode());
        TestAccounts.as(national, () -> {
            talentAccounts.link(expert.talentId(), self.username());
            return null;
        });
        DrawView mine = TestAccounts.as(self, () -> draws.get(draw.id()));
        assertThat(mine.picks()).extracting(DrawView.PickView::expertId).containsExactly(pick.expertId());
        assertThat(mine.seed()).isNull();
        assertThat(mine.eligibleCount()).isZero();
        DrawView answered = TestAccounts.as(self, () -> answers.answer(draw.id(), pick.id(), true, null));
        assertThat(answered.picks()).singleElement().satisfies(p -> assertThat(p.state())
                .isEqualTo(DrawPick.State.CONFIRMED));

        UserSummary other = accounts.active("expert.other", Role.TALENT, expert.regionCode());
        assertThatThrownBy(() -> TestAccounts.as(other, () -> draws.get(draw.id())))
                .isInstanceOf(org.iptalent.shared.RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(other, () -> answers.answer(draw.id(), draw.picks().get(1).id(), true,
                null))).isInstanceOf(org.iptalent.shared.RecordNotFoundException.class);
    }

    @Test
    void anAppointmentWithoutATalentATermBackwardsOrAnUnknownIpcClassIsRefused() {
        assertThatThrownBy(() -> TestAccounts.as(national, () -> experts.appoint(new Appointment(99_999_999L,
                LocalDate.now(), LocalDate.now().minusDays(1), new ExpertProfile(Set.of("NO_SUCH"), Set.of("G98"),
                        Set.of(), null, Availability.AVAILABLE, null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("expert.talentUnknown", "expert.termEndsBeforeStart",
                                "expert.categoryUnknown", "expert.ipcUnknown", "expert.dutiesRequired"));
    }

    private DrawRequest request(String matter, int count, int reserves, Long redrawOf, String reason) {
        return new DrawRequest(matter, MatterKind.TECHNICAL_INVESTIGATION, List.of(new Requirement(category, null,
                count)), RegionRule.OUTSIDE_PARTIES, null, List.of(partyInGuangdong.id(), partyInBeijing.id()),
                reserves, null, null, redrawOf, reason);
    }

    private long appoint(String name, String region, OrganisationView employer, LocalDate termStarts) {
        TalentView talent = TestAccounts.as(national, () -> talents.create(input(name,
                TestIdentities.identity(region, true), region, employer), Talent.Source.MANUAL));
        return TestAccounts.as(national, () -> experts.appoint(new Appointment(talent.id(), termStarts,
                termStarts.plusYears(3), new ExpertProfile(Set.of(category), Set.of("G06"),
                        Set.of(Duty.TECHNICAL_INVESTIGATOR), "英语", Availability.AVAILABLE, "长期从事专利审判技术调查"))))
                .id();
    }

    private void change(long expert, Transition transition, String reason) {
        long version = TestAccounts.as(national, () -> experts.get(expert)).version();
        TestAccounts.as(national, () -> experts.change(expert, version, transition, reason, null, null));
    }

    private OrganisationView organisation(String name, String region) {
        return TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                name + System.nanoTime() % 1_000_000, "ENTERPRISE", TestIdentities.creditCode(), region, "72")));
    }

    private static TalentInput input(String name, String identity, String region, OrganisationView employer) {
        return new TalentInput(name, null, null, identity, null, null, "MASTER", "LAW", null,
                employer == null ? null : employer.name(), employer == null ? null : employer.creditCode(), region,
                "72", List.of("PROT_TECH_INVESTIGATOR"), null, null, null, null);
    }
}
