package org.iptalent.training.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.Filling;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A province's rotation campaign from launch to its final coverage: the cohort snapshotted from the registry inside
 * the region, members added later, classes linked and members assigned, coverage by city as enrollments move,
 * reminders once a week, and another region's administrators kept out through the services and the API.
 */
@PlatformTest
class RotationCampaignTests {

    static final String ADJUDICATION = "PROT_ADMIN_ADJUDICATION";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    RotationCampaigning campaigning;
    @Autowired
    RotationClasses rotationClasses;
    @Autowired
    RotationReminders reminders;
    @Autowired
    CampaignRoster roster;
    @Autowired
    ClassPlanning planning;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    RotationFixtures fixtures;
    UserSummary national;
    UserSummary guangdong;
    UserSummary jiangsu;
    UserSummary shenzhen;
    String marker;
    long[] guangzhou = new long[3];
    long[] shenzhenTalents = new long[2];
    long provincial;
    long level;
    long baseId;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new RotationFixtures(context);
        national = accounts.active("rot.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("rot.gd", Role.PROVINCIAL_ADMIN, "440000");
        jiangsu = accounts.active("rot.js", Role.PROVINCIAL_ADMIN, "320000");
        shenzhen = accounts.active("rot.sz", Role.CITY_ADMIN, "440300");
        marker = "裁" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 3; i++) {
            guangzhou[i] = fixtures.talent(national, "广州" + i + "号", "440100", ADJUDICATION, marker + "裁决员");
        }
        for (int i = 0; i < 2; i++) {
            shenzhenTalents[i] = fixtures.talent(national, "深圳" + i + "号", "440300", ADJUDICATION, marker + "裁决员");
        }
        provincial = fixtures.talent(national, "省局一号", "440000", ADJUDICATION, marker + "裁决员");
        // outside the cohort: another province, another category
        fixtures.talent(national, "南京一号", "320100", ADJUDICATION, marker + "裁决员");
        fixtures.talent(national, "广州代理", "440100", "APP_PATENT_AGENT", marker + "代理师");
        level = fixtures.level("行政裁决轮训");
        baseId = fixtures.base(national, "广东行政裁决培训基地", "LOCAL", "440100");
        today = LocalDate.now(clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    CampaignInput input(String region, LocalDate start, LocalDate end) {
        return new CampaignInput("行政裁决轮训" + marker, region, start, end, marker, "PROTECTION", ADJUDICATION, null,
                null, null, null, "ACTIVE");
    }

    long launch(UserSummary user, String region) {
        return TestAccounts.as(user, () -> campaigning.launch(input(region, today.minusDays(30), today.plusDays(90))))
                .getId();
    }

    Coverage coverage(long id) {
        return TestAccounts.as(guangdong, () -> campaigning.coverage(id));
    }

    static Map<String, CoverageCount> byRegion(Coverage coverage) {
        return coverage.regions().stream().collect(java.util.stream.Collectors.toMap(CoverageCount::regionCode,
                c -> c));
    }

    @Test
    void launchingSnapshotsTheCohortOfTheRegionAndARerunAddsOnlyNewMatches() {
        long id = launch(guangdong, "440000");
        Coverage coverage = coverage(id);
        assertThat(coverage.total()).isEqualTo(new CoverageCount(null, 0, 0, 6));
        assertThat(coverage.finalCount()).isFalse();
        Map<String, CoverageCount> regions = byRegion(coverage);
        assertThat(regions.keySet()).containsExactlyInAnyOrder("440100", "440300", "440000");
        assertThat(regions.get("440100").notYet()).isEqualTo(3);
        assertThat(regions.get("440300").notYet()).isEqualTo(2);
        // the most members not yet trained first
        assertThat(coverage.regions().get(0).regionCode()).isEqualTo("440100");
        String filter = jdbc.queryForObject("select cohort_filter::text from rotation_campaign where id = ?",
                String.class, id);
        assertThat(filter).contains("\"region\": \"440000\"", "\"category\": \"" + ADJUDICATION + "\"",
                "\"q\": \"" + marker + "\"");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'RotationCampaign' "
                + "and entity_id = ? and detail_key = 'audit.rotation.launched'", Integer.class, String.valueOf(id)))
                .isEqualTo(1);

        long newcomer = fixtures.talent(national, "广州新人", "440100", ADJUDICATION, marker + "裁决员");
        assertThat(TestAccounts.as(guangdong, () -> campaigning.addMembers(id))).isEqualTo(1);
        assertThat(TestAccounts.as(guangdong, () -> campaigning.addMembers(id))).isZero();
        assertThat(coverage(id).total().members()).isEqualTo(7);
        assertThat(TestAccounts.as(guangdong, () -> roster.members(campaigning.get(id), null, "440100", today,
                PageRequest.of(0, 10))).map(CampaignRoster.Member::talentId).getContent()).contains(newcomer)
                .hasSize(4);
    }

    @Test
    void anotherRegionsCampaignIsNotFoundAndNoRegionOutsideOnesOwnIsLaunched() {
        long id = launch(guangdong, "440000");
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> campaigning.get(id)))
                .isInstanceOf(RecordNotFoundException.class);
        // a city administrator of the province sees its city's campaigns, not the province's
        assertThatThrownBy(() -> TestAccounts.as(shenzhen, () -> campaigning.coverage(id)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(TestAccounts.as(jiangsu, () -> campaigning.find(marker, PageRequest.of(0, 20))).getContent())
                .isEmpty();
        assertThat(TestAccounts.as(national, () -> campaigning.find(marker, PageRequest.of(0, 20))).getContent())
                .extracting(CampaignView::id).containsExactly(id);
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> rotationClasses.assign(id, 1, null)))
                .isInstanceOf(RecordNotFoundException.class);

        assertThatThrownBy(() -> launch(guangdong, "320000")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.messageKey())
                        .containsExactly("rotation.campaign.regionOutside"));
        // the whole country is the national administrator's
        assertThatThrownBy(() -> launch(guangdong, null)).isInstanceOf(InvalidInputException.class);
        long city = launch(shenzhen, "440300");
        assertThat(coverage(city).total().members()).isEqualTo(2);
        UserSummary talent = accounts.active("rot.talent", Role.TALENT, "440100");
        assertThatThrownBy(() -> TestAccounts.as(talent, () -> campaigning.find(null, PageRequest.of(0, 20))))
                .isInstanceOf(AccessDeniedException.class);

        Http http = new Http(port);
        String js = "Bearer " + tokens.issue(jiangsu.id(), "rot").token();
        String gd = "Bearer " + tokens.issue(guangdong.id(), "rot").token();
        assertThat(http.get("/api/v1/rotation-campaigns/" + id, "Authorization", js).status()).isEqualTo(404);
        Http.Response own = http.get("/api/v1/rotation-campaigns/" + id, "Authorization", gd);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("coverage").get("total").get("notYet").asLong()).isEqualTo(6);
        String tk = "Bearer " + tokens.issue(talent.id(), "rot").token();
        assertThat(http.get("/api/v1/rotation-campaigns", "Authorization", tk).status()).isEqualTo(403);
    }

    @Test
    void aCohortNobodyMatchesLaunchesNothing() {
        long before = jdbc.queryForObject("select count(*) from rotation_campaign", Long.class);
        CampaignInput nobody = new CampaignInput("无人轮训", "440000", today, today.plusDays(30), marker + "无此人",
                null, null, null, null, null, null, null);
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> campaigning.launch(nobody)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("rotation.cohort.empty");
        CampaignInput bad = new CampaignInput(" ", "440000", today, today.minusDays(1), null, "NO_TEAM", null, null,
                null, null, "ZZ", null);
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> campaigning.launch(bad)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .containsExactlyInAnyOrder("name", "team", "industry", "cycleEnd"));
        assertThat(jdbc.queryForObject("select count(*) from rotation_campaign", Long.class)).isEqualTo(before);
    }

    @Test
    void coverageFollowsAssignmentsCompletionsAndCancelledClasses() {
        long id = launch(guangdong, "440000");
        long small = fixtures.newClass(national, level, baseId, "行政裁决轮训一班", Filling.ROTATION, 2,
                today.plusDays(10), today.plusDays(12));
        long large = fixtures.newClass(national, level, baseId, "行政裁决轮训二班", Filling.ROTATION, 10,
                today.plusDays(20), today.plusDays(22));
        long open = fixtures.newClass(national, level, baseId, "自主报名班", Filling.ENROLLMENT, 10,
                today.plusDays(20), today.plusDays(22));
        long late = fixtures.newClass(national, level, baseId, "周期外轮训班", Filling.ROTATION, 10,
                today.plusDays(100), today.plusDays(102));
        assertThat(TestAccounts.as(guangdong, () -> rotationClasses.linkable(id)))
                .extracting(c -> c.getId()).contains(small, large).doesNotContain(open, late);
        TestAccounts.as(guangdong, () -> {
            rotationClasses.link(id, small);
            rotationClasses.link(id, large);
            return null;
        });
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> {
            rotationClasses.link(id, open);
            return null;
        })).hasMessage("rotation.class.notRotation");
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> {
            rotationClasses.link(id, late);
            return null;
        })).hasMessage("rotation.class.outsideCycle");
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> {
            rotationClasses.link(id, small);
            return null;
        })).hasMessage("rotation.class.linkedAlready");

        // Guangzhou's three into a class of two: two placed, one left
        Assignment first = TestAccounts.as(guangdong, () -> rotationClasses.assign(id, small, "440100"));
        assertThat(first).isEqualTo(new Assignment(2, 0, 1));
        Map<String, CoverageCount> regions = byRegion(coverage(id));
        assertThat(regions.get("440100")).isEqualTo(new CoverageCount("440100", 0, 2, 1));
        assertThat(regions.get("440300")).isEqualTo(new CoverageCount("440300", 0, 0, 2));
        assertThat(jdbc.queryForList("select source from enrollment where class_id = ?", String.class, small))
                .containsOnly("ROTATION").hasSize(2);
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> rotationClasses.assign(id, small, null)))
                .hasMessage("rotation.assign.classFull");
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> rotationClasses.assign(id, large, "320100")))
                .hasMessage("rotation.assign.cityOutside");

        // everyone else into the large class
        Assignment rest = TestAccounts.as(guangdong, () -> rotationClasses.assign(id, large, ""));
        assertThat(rest).isEqualTo(new Assignment(4, 0, 0));
        assertThat(coverage(id).total()).isEqualTo(new CoverageCount(null, 0, 6, 0));
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> rotationClasses.assign(id, large, null)))
                .hasMessage("rotation.assign.nobodyLeft");

        // completions: within the cycle trains, after the cycle does not
        List<Long> inLarge = jdbc.queryForList("select talent_id from enrollment where class_id = ? order by talent_id",
                Long.class, large);
        fixtures.complete(large, inLarge.get(0), today.plusDays(22));
        fixtures.complete(large, inLarge.get(1), today.plusDays(200));
        Coverage now = coverage(id);
        assertThat(now.total()).isEqualTo(new CoverageCount(null, 1, 4, 1));
        assertThat(TestAccounts.as(guangdong, () -> roster.members(campaigning.get(id), CoverageState.TRAINED, "%",
                today, PageRequest.of(0, 10))).map(CampaignRoster.Member::talentId).getContent())
                .containsExactly(inLarge.get(0));

        // a cancelled class holds nobody in progress: its two are not yet trained again, and can be assigned again
        TestAccounts.as(national, () -> {
            planning.cancel(small);
            return null;
        });
        assertThat(coverage(id).total()).isEqualTo(new CoverageCount(null, 1, 2, 3));
        assertThat(TestAccounts.as(guangdong, () -> roster.members(campaigning.get(id), CoverageState.NOT_YET, "440100",
                today, PageRequest.of(0, 10))).getTotalElements()).isEqualTo(2);
    }

    @Test
    void remindersReachThoseNotYetTrainedWithAnAccountOncePerWeek() {
        long id = launch(guangdong, "440000");
        UserSummary[] people = new UserSummary[3];
        long[] talents = {guangzhou[0], guangzhou[1], shenzhenTalents[0]};
        for (int i = 0; i < 3; i++) {
            people[i] = accounts.active("rot.member" + i, Role.TALENT, "440100");
            String username = people[i].username();
            long talent = talents[i];
            TestAccounts.as(national, () -> {
                talentAccounts.link(talent, username);
                return null;
            });
        }
        // one of them is placed in a class already: in progress, not reminded
        long klass = fixtures.newClass(national, level, baseId, "轮训班", Filling.ROTATION, 1, today.plusDays(5),
                today.plusDays(6));
        TestAccounts.as(guangdong, () -> {
            rotationClasses.link(id, klass);
            return rotationClasses.assign(id, klass, "440100");
        });
        long placed = jdbc.queryForObject("select talent_id from enrollment where class_id = ?", Long.class, klass);
        assertThat(placed).isEqualTo(guangzhou[0]);

        assertThat(TestAccounts.as(guangdong, () -> reminders.remind(id))).isEqualTo(2);
        assertThat(TestAccounts.as(guangdong, () -> reminders.remind(id))).isZero();
        reminders.weekly();
        assertThat(notices(people[0])).isZero();
        assertThat(notices(people[1])).isEqualTo(1);
        assertThat(notices(people[2])).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'RotationCampaign' "
                + "and entity_id = ? and detail_key = 'audit.rotation.reminded'", Integer.class, String.valueOf(id)))
                .isEqualTo(2);

        clock.advance(Duration.ofDays(7));
        reminders.weekly();
        assertThat(notices(people[1])).isEqualTo(2);
        assertThat(notices(people[2])).isEqualTo(2);
        assertThat(notices(people[0])).isZero();
    }

    @Test
    void afterTheCycleTheCoverageIsFinalAndNothingMoreIsAssignedOrReminded() {
        long id = TestAccounts.as(guangdong, () -> campaigning.launch(input("440000", today.minusDays(10),
                today.plusDays(3)))).getId();
        long klass = fixtures.newClass(national, level, baseId, "轮训班", Filling.ROTATION, 3, today.plusDays(1),
                today.plusDays(2));
        TestAccounts.as(guangdong, () -> {
            rotationClasses.link(id, klass);
            return rotationClasses.assign(id, klass, "440100");
        });
        long trained = jdbc.queryForList("select talent_id from enrollment where class_id = ? order by talent_id",
                Long.class, klass).get(0);
        fixtures.complete(klass, trained, today.plusDays(2));
        assertThat(coverage(id).total()).isEqualTo(new CoverageCount(null, 1, 2, 3));

        clock.advance(Duration.ofDays(5));
        Coverage last = coverage(id);
        assertThat(last.finalCount()).isTrue();
        // the two still placed in a class that never closed were not trained in time
        assertThat(last.total()).isEqualTo(new CoverageCount(null, 1, 0, 5));
        assertThat(TestAccounts.as(guangdong, () -> campaigning.overview(id).view()).phase())
                .isEqualTo(RotationCampaign.Phase.ENDED);
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> rotationClasses.assign(id, klass, null)))
                .hasMessage("rotation.campaign.ended");
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> reminders.remind(id)))
                .hasMessage("rotation.campaign.ended");
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> campaigning.addMembers(id)))
                .hasMessage("rotation.campaign.ended");
    }

    @Test
    void theApiLaunchesAndListsCampaignsAndSaysWhatItRefusesInTheRequestsLanguage() {
        Http http = new Http(port);
        String gd = "Bearer " + tokens.issue(guangdong.id(), "rot").token();
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", "接口轮训" + marker);
        body.put("regionCode", "440100");
        body.put("cycleStart", today.toString());
        body.put("cycleEnd", today.plusDays(60).toString());
        body.put("q", marker);
        body.put("category", ADJUDICATION);
        Http.Response created = http.postJson("/api/v1/rotation-campaigns", body, "Authorization", gd);
        assertThat(created.status()).isEqualTo(201);
        JsonNode detail = created.json();
        long id = detail.get("campaign").get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/rotation-campaigns/" + id);
        assertThat(detail.get("campaign").get("members").asLong()).isEqualTo(3);
        assertThat(detail.get("campaign").get("phase").asString()).isEqualTo("RUNNING");
        assertThat(detail.get("coverage").get("regions").get(0).get("regionCode").asString()).isEqualTo("440100");

        JsonNode list = http.get("/api/v1/rotation-campaigns?q=" + java.net.URLEncoder.encode(marker,
                java.nio.charset.StandardCharsets.UTF_8) + "&sort=name", "Authorization", gd).json();
        assertThat(list.get("content").findValuesAsString("name")).containsExactly("接口轮训" + marker);
        assertThat(http.get("/api/v1/rotation-campaigns?sort=secret", "Authorization", gd).status()).isEqualTo(400);

        body.put("cycleEnd", today.minusDays(1).toString());
        body.put("cycleStart", today.minusDays(9).toString());
        Http.Response zh = http.postJson("/api/v1/rotation-campaigns", body, "Authorization", gd);
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.body()).contains("周期结束日期已过");
        Http.Response en = http.postJson("/api/v1/rotation-campaigns", body, "Authorization", gd,
                "Accept-Language", "en");
        assertThat(en.body()).contains("The cycle has already ended");
    }

    @Test
    void theApiRefusesAFieldItDoesNotKnowInsteadOfLaunchingOverTheWholeRegion() {
        Http http = new Http(port);
        String gd = "Bearer " + tokens.issue(guangdong.id(), "rot").token();
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", "错字轮训" + marker);
        body.put("regionCode", "440100");
        body.put("cycleStart", today.toString());
        body.put("cycleEnd", today.plusDays(60).toString());
        body.put("q", marker);
        body.put("catgory", ADJUDICATION);
        body.put("cohort", Map.of("category", ADJUDICATION));
        Http.Response refused = http.postJson("/api/v1/rotation-campaigns", body, "Authorization", gd,
                "Accept-Language", "en");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("catgory", "cohort");
        assertThat(refused.body()).contains("Unknown field");
        assertThat(jdbc.queryForObject("select count(*) from rotation_campaign where name = ?", Integer.class,
                "错字轮训" + marker)).isZero();
    }

    private int notices(UserSummary user) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and topic = 'rotation'",
                Integer.class, user.id());
    }
}
