package org.iptalent.training.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.iptalent.training.offering.ClassMode;
import org.iptalent.training.offering.ClassPlan;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.program.Level;
import org.iptalent.training.program.ProgramCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The training API as provincial systems, base managers and talents use it: the catalogue, enrollment of oneself,
 * one talent or a cohort (a second one is 409), the rules' refusals in Chinese and English, rosters and a talent's
 * training only for those who may see them (else 404), attendance recorded whole or not at all, and paging checked.
 */
@PlatformTest
class TrainingApiTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TalentRecords talents;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    ProgramCatalogue programs;
    @Autowired
    ClassPlanning planning;
    @Autowired
    JdbcTemplate jdbc;

    Http http;
    UserSummary national;
    UserSummary manager;
    String jiangsu;
    String guangdong;
    String managerToken;
    String[] trainee = new String[3];
    long[] talentIds = new long[3];
    long guangdongTalent;
    String marker;
    long programId;
    long foundation;
    long intermediate;
    long baseId;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        http = new Http(port);
        national = accounts.active("tapi.nat", Role.NATIONAL_ADMIN, null);
        manager = accounts.active("tapi.base", Role.TRAINING_BASE_MANAGER, "320000");
        jiangsu = token(accounts.active("tapi.js", Role.PROVINCIAL_ADMIN, "320000"));
        guangdong = token(accounts.active("tapi.gd", Role.PROVINCIAL_ADMIN, "440000"));
        managerToken = token(manager);
        long host = as(national, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("苏州培训中心"), "UNIVERSITY", TestIdentities.creditCode(), "320500", null))).id();
        // the base as its designation leaves it, with its manager (the bases' own rules are tested with them)
        baseId = jdbc.queryForObject("""
                insert into training_base (name, level, region_code, host_organisation_id, designated_on, status,
                  created_at, updated_at)
                values (?, 'LOCAL', '320500', ?, date '2023-03-01', 'DESIGNATED', now(), now()) returning id""",
                Long.class, TestAccounts.uniqueName("苏州基地"), host);
        jdbc.update("insert into training_base_manager (training_base_id, user_id) values (?, ?)", baseId,
                manager.id());
        marker = "队列" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 3; i++) {
            UserSummary account = accounts.active("tapi.talent" + i, Role.TALENT, "320000");
            trainee[i] = token(account);
            talentIds[i] = talent(List.of("赵敏", "钱进", "孙悦").get(i), "320500");
            long id = talentIds[i];
            as(national, () -> {
                talentAccounts.link(id, account.username());
                return null;
            });
        }
        guangdongTalent = talent("周航", "440300");
        var program = as(national, () -> programs.create(TestAccounts.uniqueName("专利检索"), "APPLICATION", null,
                "专利检索与分析"));
        programId = program.getId();
        foundation = as(national, () -> programs.level(programId, Level.FOUNDATION, "掌握检索式编写",
                BigDecimal.valueOf(12))).getId();
        intermediate = as(national, () -> programs.level(programId, Level.INTERMEDIATE, "能独立完成专利分析报告",
                BigDecimal.valueOf(24))).getId();
    }

    private long talent(String name, String region) {
        String identity = TestIdentities.identity(region.substring(0, 4) + "02", true);
        return as(national, () -> talents.create(new TalentInput(name, null, null, identity, "13912345678", null,
                "MASTER", "LAW", null, null, null, region, "72", List.of("APP_ENTERPRISE_MANAGER"), marker, null,
                null, null), Talent.Source.MANUAL)).id();
    }

    private String token(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "test").token();
    }

    private static <T> T as(UserSummary user, java.util.function.Supplier<T> work) {
        return TestAccounts.as(user, work);
    }

    /** A class of a level at the test's base: open for enrollment from {@code opens} to {@code closes}. */
    long newClass(long levelId, int capacity, LocalDate opens, LocalDate closes) {
        LocalDate starts = closes.isAfter(today) ? closes : today;
        long id = as(manager, () -> planning.create(levelId, baseId, new ClassPlan("专利检索实务班", ClassMode.IN_PERSON,
                Filling.ENROLLMENT, starts, starts.plusDays(2), "苏州", capacity, "吴老师", "专利代理师", opens, closes,
                80, BigDecimal.valueOf(60)))).getId();
        as(manager, () -> planning.addSession(id, starts.atTime(9, 0), starts.atTime(12, 0), BigDecimal.valueOf(3),
                "检索策略", "吴老师"));
        as(manager, () -> planning.addSession(id, starts.plusDays(1).atTime(14, 0), starts.plusDays(1).atTime(16, 0),
                BigDecimal.valueOf(2), "分析报告", null));
        return id;
    }

    long openClass(long levelId, int capacity) {
        return newClass(levelId, capacity, today.minusDays(3), today);
    }

    private Http.Response post(String path, Object body, String auth, String language) {
        return http.postJson(path, body, "Authorization", auth, "Accept-Language", language);
    }

    private static List<String> errorFields(Http.Response response) {
        return response.json().get("errors").findValuesAsString("field");
    }

    @Test
    void theCatalogueListsProgramsAndClassesToEverySignedInUser() {
        long classId = openClass(foundation, 5);
        String title = as(national, () -> programs.get(programId)).getTitle();
        JsonNode list = http.get("/api/v1/programs?q=" + java.net.URLEncoder.encode(title,
                java.nio.charset.StandardCharsets.UTF_8), "Authorization", trainee[0]).json();
        assertThat(list.get("content")).hasSize(1);
        assertThat(list.get("content").get(0).get("levels").asInt()).isEqualTo(2);
        JsonNode program = http.get("/api/v1/programs/" + programId, "Authorization", trainee[0]).json();
        assertThat(program.get("levels").findValuesAsString("level")).containsExactly("FOUNDATION", "INTERMEDIATE");
        assertThat(program.get("levels").get(1).get("prerequisite").asString()).isEqualTo("FOUNDATION");

        JsonNode classes = http.get("/api/v1/classes?baseId=" + baseId + "&open=true", "Authorization", trainee[0])
                .json();
        assertThat(classes.get("content").findValuesAsString("title")).containsExactly("专利检索实务班");
        assertThat(classes.get("content").get(0).get("openForEnrollment").asBoolean()).isTrue();
        assertThat(classes.get("content").get(0).get("programId").asLong()).isEqualTo(programId);
        JsonNode view = http.get("/api/v1/classes/" + classId, "Authorization", trainee[0]).json();
        assertThat(view.get("sessions").findValuesAsString("topic")).containsExactly("检索策略", "分析报告");
        assertThat(view.get("sessions").get(1).get("number").asInt()).isEqualTo(2);
        assertThat(view.get("placesTaken").asLong()).isZero();
        assertThat(view.get("requiredAttendanceHours").decimalValue()).isEqualByComparingTo("4.0");
        assertThat(http.get("/api/v1/classes/" + Long.MAX_VALUE, "Authorization", trainee[0]).status()).isEqualTo(404);
    }

    @Test
    void pagingAndFiltersAreChecked() {
        openClass(foundation, 5);
        var clamped = http.get("/api/v1/classes?size=1000&baseId=" + baseId, "Authorization", jiangsu);
        assertThat(clamped.status()).isEqualTo(200);
        assertThat(clamped.json().get("page").get("size").asInt()).isEqualTo(100);
        var tooDeep = http.get("/api/v1/classes?page=2147483647&size=100", "Authorization", jiangsu,
                "Accept-Language", "en");
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(errorFields(tooDeep)).containsExactly("page");
        var badSort = http.get("/api/v1/programs?sort=password", "Authorization", jiangsu, "Accept-Language", "en");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.json().get("detail").asString()).contains("title, team, createdAt");
        assertThat(http.get("/api/v1/classes?year=1850", "Authorization", jiangsu).status()).isEqualTo(400);
        var region = http.get("/api/v1/classes?region=999999", "Authorization", jiangsu);
        assertThat(region.status()).isEqualTo(400);
        assertThat(errorFields(region)).containsExactly("region");
        var team = http.get("/api/v1/programs?team=NOPE", "Authorization", jiangsu);
        assertThat(team.status()).isEqualTo(400);
        assertThat(errorFields(team)).containsExactly("team");
        assertThat(http.get("/api/v1/classes?status=OPEN", "Authorization", jiangsu).status()).isEqualTo(400);
        var sorted = http.get("/api/v1/classes?baseId=" + baseId + "&sort=title,asc", "Authorization", jiangsu);
        assertThat(sorted.status()).isEqualTo(200);
    }

    @Test
    void aTalentEnrolsThemselvesTheFullClassQueuesAndASecondEnrollmentIs409() {
        long classId = openClass(foundation, 1);
        var first = post("/api/v1/classes/" + classId + "/enrollments", "{}", trainee[0], "zh-CN");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("ENROLLED");
        assertThat(first.json().get("talentId").asLong()).isEqualTo(talentIds[0]);
        assertThat(first.header("Location")).isEqualTo("/api/v1/talents/" + talentIds[0] + "/training");
        var second = post("/api/v1/classes/" + classId + "/enrollments", Map.of("self", true), trainee[1], "zh-CN");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(second.json().get("waitingPosition").asLong()).isEqualTo(1);

        var again = post("/api/v1/classes/" + classId + "/enrollments", "{}", trainee[0], "zh-CN");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asString()).isEqualTo("该人才已报名本班，不能重复报名。");
        var againEnglish = post("/api/v1/classes/" + classId + "/enrollments", "{}", trainee[0], "en");
        assertThat(againEnglish.status()).isEqualTo(409);
        assertThat(againEnglish.json().get("detail").asString()).contains("enrolled in the class already");
        // an administrator assigning the same talent meets the same rule
        assertThat(post("/api/v1/classes/" + classId + "/enrollments", Map.of("talentId", talentIds[1]), jiangsu,
                "en").status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from enrollment where class_id = ?", Long.class, classId))
                .isEqualTo(2);
        JsonNode view = http.get("/api/v1/classes/" + classId, "Authorization", trainee[2]).json();
        assertThat(view.get("placesTaken").asLong()).isEqualTo(1);
        assertThat(view.get("waiting").asLong()).isEqualTo(1);

        // the roster gives each waiting trainee their place in the whole list, whatever the page shows
        assertThat(post("/api/v1/classes/" + classId + "/enrollments", "{}", trainee[2], "en").json()
                .get("waitingPosition").asLong()).isEqualTo(2);
        JsonNode secondPage = http.get("/api/v1/classes/" + classId + "/enrollments?status=WAITLISTED&size=1&page=1"
                + "&sort=queuedAt", "Authorization", jiangsu).json();
        assertThat(secondPage.at("/content/0/talentId").asLong()).isEqualTo(talentIds[2]);
        assertThat(secondPage.at("/content/0/waitingPosition").asLong()).isEqualTo(2);
        JsonNode everyone = http.get("/api/v1/classes/" + classId + "/enrollments?sort=queuedAt", "Authorization",
                jiangsu).json();
        List<Long> positions = new java.util.ArrayList<>();
        everyone.get("content").forEach(row -> positions.add(row.get("waitingPosition").asLong()));
        assertThat(positions).containsExactly(0L, 1L, 2L);
    }

    @Test
    void theRulesRefusalsAreSaidInTheRequestsLanguage() {
        long notYetOpen = newClass(foundation, 5, today.plusDays(1), today.plusDays(2));
        var window = post("/api/v1/classes/" + notYetOpen + "/enrollments", "{}", trainee[0], "zh-CN");
        assertThat(window.status()).isEqualTo(400);
        assertThat(window.json().get("detail").asString()).startsWith("不在报名时间内");
        assertThat(post("/api/v1/classes/" + notYetOpen + "/enrollments", "{}", trainee[0], "en").json()
                .get("detail").asString()).startsWith("Enrollment is not open");

        long advanced = openClass(intermediate, 5);
        var prerequisite = post("/api/v1/classes/" + advanced + "/enrollments", "{}", trainee[0], "zh-CN");
        assertThat(prerequisite.status()).isEqualTo(400);
        assertThat(prerequisite.json().get("detail").asString()).contains("须先完成");
        assertThat(post("/api/v1/classes/" + advanced + "/enrollments", "{}", trainee[0], "en").json().get("detail")
                .asString()).contains("requires the level below it");

        // a filter that narrows nothing would enrol the whole province into a class of one free place
        long small = openClass(foundation, 1);
        var unfiltered = post("/api/v1/classes/" + small + "/enrollments", Map.of("filter", Map.of()), jiangsu,
                "zh-CN");
        assertThat(unfiltered.status()).isEqualTo(400);
        assertThat(unfiltered.json().get("detail").asString()).contains("筛选条件为空", "1 个");
        var unfilteredEnglish = post("/api/v1/classes/" + small + "/enrollments",
                Map.of("filter", Map.of("status", "ACTIVE")), jiangsu, "en");
        assertThat(unfilteredEnglish.status()).isEqualTo(400);
        assertThat(unfilteredEnglish.json().get("detail").asString()).contains("empty filter", "(1)");
        assertThat(jdbc.queryForObject("select count(*) from enrollment where class_id in (?, ?, ?)", Long.class,
                notYetOpen, advanced, small)).isZero();
    }

    @Test
    void administratorsAssignOneTalentOrACohortOfTheirRegion() {
        long classId = openClass(foundation, 2);
        var one = post("/api/v1/classes/" + classId + "/enrollments", Map.of("talentId", talentIds[2]), jiangsu, "en");
        assertThat(one.status()).isEqualTo(201);
        assertThat(one.json().get("status").asString()).isEqualTo("ENROLLED");
        // another province's talent is not theirs to see
        assertThat(post("/api/v1/classes/" + classId + "/enrollments", Map.of("talentId", guangdongTalent), jiangsu,
                "en").status()).isEqualTo(404);
        // a talent enrols nobody but themselves
        assertThat(post("/api/v1/classes/" + classId + "/enrollments", Map.of("talentId", talentIds[1]), trainee[0],
                "en").status()).isEqualTo(403);

        var cohort = post("/api/v1/classes/" + classId + "/enrollments",
                Map.of("filter", Map.of("q", marker, "city", "320500", "status", "ACTIVE")), jiangsu, "en");
        assertThat(cohort.status()).as(cohort.body()).isEqualTo(200);
        assertThat(cohort.json().get("matched").asInt()).isEqualTo(3);
        assertThat(cohort.json().get("enrolled").asInt()).isEqualTo(1);
        assertThat(cohort.json().get("waitlisted").asInt()).isEqualTo(1);
        assertThat(cohort.json().get("alreadyEnrolled").asInt()).isEqualTo(1);

        Map<String, Object> typo = new HashMap<>();
        typo.put("filter", Map.of("q", marker, "teem", "APPLICATION", "team", "NOPE", "province", "320500"));
        var refused = post("/api/v1/classes/" + classId + "/enrollments", typo, jiangsu, "en");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("filter.teem", "filter.team", "filter.province");
        var both = post("/api/v1/classes/" + classId + "/enrollments",
                Map.of("talentId", talentIds[0], "filter", Map.of("q", marker)), jiangsu, "en");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").get(0).get("message").asString()).contains("exactly one of");
        var unknown = post("/api/v1/classes/" + classId + "/enrollments", Map.of("talentID", talentIds[0]), jiangsu,
                "en");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(errorFields(unknown)).containsExactly("talentID");
        assertThat(jdbc.queryForObject("select count(*) from enrollment where class_id = ?", Long.class, classId))
                .isEqualTo(3);
    }

    @Test
    void theRosterIsForWhoeverRunsTheClassAndAdministratorsOfTheTraineesRegion() {
        long classId = openClass(foundation, 5);
        for (int i = 0; i < 2; i++) {
            post("/api/v1/classes/" + classId + "/enrollments", "{}", trainee[i], "en");
        }
        JsonNode roster = http.get("/api/v1/classes/" + classId + "/enrollments", "Authorization", managerToken)
                .json();
        assertThat(roster.get("content").findValuesAsString("name")).containsExactly("赵敏", "钱进");
        assertThat(roster.get("content").get(0).get("mobileMasked").asString()).doesNotContain("12345");
        assertThat(http.get("/api/v1/classes/" + classId + "/enrollments", "Authorization", jiangsu).json()
                .get("content")).hasSize(2);
        // an administrator of another province sees the trainees of theirs: none here
        assertThat(http.get("/api/v1/classes/" + classId + "/enrollments", "Authorization", guangdong).json()
                .get("content")).isEmpty();
        assertThat(http.get("/api/v1/classes/" + classId + "/enrollments", "Authorization", trainee[0]).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/classes/" + classId + "/enrollments?sort=mobile", "Authorization",
                managerToken).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/classes/" + classId + "/enrollments?status=WAITLISTED", "Authorization",
                managerToken).json().get("content")).isEmpty();
    }

    @Test
    void attendanceIsRecordedWholeOrNotAtAll() {
        long classId = openClass(foundation, 5);
        post("/api/v1/classes/" + classId + "/enrollments", "{}", trainee[0], "en");
        long session = http.get("/api/v1/classes/" + classId, "Authorization", managerToken).json().get("sessions")
                .get(0).get("id").asLong();
        Map<String, Object> present = new HashMap<>();
        present.put("talentId", talentIds[0]);
        present.put("present", true);
        present.put("hours", null);
        var refused = post("/api/v1/classes/" + classId + "/attendance", Map.of("sessionId", session, "marks",
                List.of(present, Map.of("talentId", talentIds[1], "present", true))), managerToken, "zh-CN");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("talentId");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .endsWith("的人才没有本班名额，不能记录考勤或成绩。");
        assertThat(post("/api/v1/classes/" + classId + "/attendance", Map.of("sessionId", session, "marks",
                List.of(present, Map.of("talentId", talentIds[1], "present", true))), managerToken, "en").json()
                .get("errors").get(0).get("message").asString()).contains("holds no place in this class");
        assertThat(jdbc.queryForObject("select count(*) from attendance where session_id = ?", Long.class, session))
                .isZero();

        var recorded = post("/api/v1/classes/" + classId + "/attendance",
                Map.of("sessionId", session, "marks", List.of(present)), managerToken, "en");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().get("recorded").asInt()).isEqualTo(1);
        JsonNode row = http.get("/api/v1/classes/" + classId + "/enrollments", "Authorization", managerToken).json()
                .get("content").get(0);
        assertThat(row.get("attendedHours").decimalValue()).isEqualByComparingTo("3");

        var otherClass = post("/api/v1/classes/" + classId + "/attendance", Map.of("sessionId", Long.MAX_VALUE,
                "marks", List.of(present)), managerToken, "en");
        assertThat(otherClass.status()).isEqualTo(400);
        assertThat(errorFields(otherClass)).containsExactly("sessionId");
        var twice = post("/api/v1/classes/" + classId + "/attendance", Map.of("sessionId", session, "marks",
                List.of(present, present)), managerToken, "en");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(errorFields(twice)).containsExactly("marks[1].talentId");
        // whoever does not run the class finds none
        assertThat(post("/api/v1/classes/" + classId + "/attendance", Map.of("sessionId", session, "marks",
                List.of(present)), guangdong, "en").status()).isEqualTo(404);

        var scores = post("/api/v1/classes/" + classId + "/scores", Map.of("scores",
                List.of(Map.of("talentId", talentIds[0], "score", 85.5))), managerToken, "en");
        assertThat(scores.status()).as(scores.body()).isEqualTo(200);
        var notAllEnrolled = post("/api/v1/classes/" + classId + "/scores", Map.of("scores",
                List.of(Map.of("talentId", talentIds[0], "score", 70), Map.of("talentId", talentIds[2], "score", 50))),
                managerToken, "en");
        assertThat(notAllEnrolled.status()).isEqualTo(400);
        var outOfRange = post("/api/v1/classes/" + classId + "/scores", Map.of("scores",
                List.of(Map.of("talentId", talentIds[0], "score", 101))), managerToken, "zh-CN");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().get("errors").get(0).get("message").asString()).isEqualTo("成绩须在 0 到 100 之间。");
        assertThat(jdbc.queryForObject("select score from enrollment where class_id = ? and talent_id = ?",
                BigDecimal.class, classId, talentIds[0])).isEqualByComparingTo("85.5");
    }

    @Test
    void aTalentsTrainingIsForThemselvesAndTheirRegionsAdministrators() {
        long classId = openClass(foundation, 5);
        post("/api/v1/classes/" + classId + "/enrollments", "{}", trainee[0], "en");
        String path = "/api/v1/talents/" + talentIds[0] + "/training";
        JsonNode own = http.get(path, "Authorization", trainee[0]).json();
        assertThat(own.get("enrollments").findValuesAsString("classTitle")).containsExactly("专利检索实务班");
        assertThat(own.get("enrollments").get(0).get("status").asString()).isEqualTo("ENROLLED");
        assertThat(own.get("hoursByYear")).isEmpty();
        assertThat(http.get(path, "Authorization", jiangsu).status()).isEqualTo(200);
        assertThat(http.get(path, "Authorization", token(national)).status()).isEqualTo(200);
        assertThat(http.get(path, "Authorization", guangdong).status()).isEqualTo(404);
        assertThat(http.get(path, "Authorization", trainee[1]).status()).isEqualTo(404);
        assertThat(http.get(path, "Authorization", managerToken).status()).isEqualTo(404);
        // the registry itself stays the administrators'
        assertThat(http.get("/api/v1/talents/" + talentIds[0], "Authorization", trainee[0]).status()).isEqualTo(403);
    }
}
