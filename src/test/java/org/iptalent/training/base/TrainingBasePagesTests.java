package org.iptalent.training.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of the bases renders for the users it is for, in Chinese and in English, and forms refuse what the
 * rules refuse where the user typed it: the list with its map and filters (a level naming nothing said over the
 * list), a base's page, the forms, the scorecard, the year's assessment and a reviewer's pages; a provincial
 * administrator gets 404 for another province's base.
 */
@PlatformTest
class TrainingBasePagesTests {

    private static int nextYear = 2060;

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TrainingBaseRecords records;
    @Autowired
    AssessmentScorecards scorecards;
    @Autowired
    AssessmentRuns runs;
    @Autowired
    BaseReviews reviews;

    UserSummary national;
    UserSummary expert;
    UserSummary manager;
    long hostId;
    long baseId;
    String marker;

    @BeforeEach
    void setUp() {
        marker = "页" + Long.toString(System.nanoTime(), 36);
        national = accounts.active("pages.nat", Role.NATIONAL_ADMIN, null);
        expert = accounts.active("pages.exp", Role.EXPERT, "110000");
        manager = accounts.active("pages.mgr", Role.TRAINING_BASE_MANAGER, "440000");
        hostId = TestAccounts.as(national, () -> organisations.create(new OrganisationInput(marker + "大学",
                "UNIVERSITY", TestIdentities.creditCode(), "440100", null))).id();
        baseId = TestAccounts.as(national, () -> records.create(new BaseInput(marker + "基地", "NATIONAL", "440100",
                hostId, LocalDate.of(2023, 4, 1), "认定文件", List.of(), List.of("PROT_MEDIATOR"), "广州市",
                "王伟", "13812345678", "简介", false))).id();
        TestAccounts.as(national, () -> {
            records.addManager(baseId, manager.username());
            return null;
        });
    }

    @Test
    void theNationalAdministratorsPagesRenderInBothLanguages() {
        int year = nextYear++;
        TestAccounts.as(national, () -> scorecards.save(year, null, new ScorecardInput(new BigDecimal("80"),
                new BigDecimal("60"), List.of(new ScorecardInput.Item(null, "COMPUTED", 40, "CLASSES_HELD",
                        new BigDecimal("12"), null), new ScorecardInput.Item("师资", "REVIEWED", 60, null, null,
                        expert.username())))));
        TestAccounts.as(national, () -> runs.run(year));
        long assessmentId = TestAccounts.as(national, () -> runs.detail(records.assessments(baseId).get(0).id()))
                .row().id();

        Http http = new Http(port);
        http.signInEnrolling(national.username(), TestAccounts.PASSWORD);
        String q = URLEncoder.encode(marker, StandardCharsets.UTF_8);
        Http.Response list = http.get("/training-bases?q=" + q);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(marker + "基地").contains("id=\"base-map\"").contains("data-map=")
                .contains("国家级").contains("/dist/echarts.min.js");
        assertThat(http.get("/training-bases?q=" + q + "&lang=en").body()).contains("Training bases")
                .contains("National");
        Http.Response refused = http.get("/training-bases?level=REGIONAL");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"filter-errors\"").contains("REGIONAL");

        Http.Response base = http.get("/training-bases/" + baseId + "?lang=zh-CN");
        assertThat(base.body()).contains(marker + "大学").contains("138****5678").doesNotContain("13812345678")
                .contains("知识产权纠纷调解员").contains(manager.username()).contains("id=\"status-form\"");
        assertThat(http.get("/training-bases/" + baseId + "/edit").body()).contains("id=\"base-form\"")
                .contains(marker + "大学");
        assertThat(http.get("/training-bases/new").body()).contains("id=\"base-form\"").contains("name=\"basis\"");
        assertThat(http.get("/training-bases/hosts?hostQuery=" + q).body()).contains("value=\"" + hostId + "\"");

        // a designation the rules refuse comes back with what was typed and each problem under its field
        Http.Response form = http.postForm("/training-bases/new", "/training-bases", "name=" + q + "%E5%9F%BA%E5%9C%B0"
                + "&level=NATIONAL&regionCode=440100&hostOrganisationId=" + hostId + "&designatedOn=2023-13-40&basis=");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name-feedback").contains("designatedOn-feedback").contains("basis-feedback")
                .contains("yyyy-MM-dd").contains("teams-feedback");

        assertThat(http.get("/training-bases/scorecards?year=" + year).body()).contains("id=\"scorecard-locked\"")
                .contains(expert.username());
        assertThat(http.get("/training-bases/scorecards?year=" + (year + 1)).body()).contains("id=\"copy-scorecard\"");
        assertThat(http.get("/training-bases/assessments?year=" + year + "&q=" + q + "&lang=en").body())
                .contains("Assessment " + year).contains(marker + "基地");
        assertThat(http.get("/training-bases/assessments/" + assessmentId + "?lang=zh-CN").body())
                .contains("id=\"decision-form\"").contains("无数据，计 0 分").contains("待评审");
        Http.Response scorecardRefused = http.postForm("/training-bases/scorecards?year=" + (year + 1),
                "/training-bases/scorecards/" + (year + 1), "keepFrom=80&probationFrom=60&items%5B0%5D.kind=COMPUTED"
                        + "&items%5B0%5D.weight=50&items%5B0%5D.measureCode=CLASSES_HELD&items%5B0%5D.fullMarks=12");
        assertThat(scorecardRefused.status()).isEqualTo(200);
        assertThat(scorecardRefused.body()).contains("各项权重之和须为 100，现为 50。");
    }

    @Test
    void aManagerEditsTheContactAndAReviewerReviews() {
        Http http = new Http(port);
        http.login(manager.username(), TestAccounts.PASSWORD);
        assertThat(http.get("/training-bases").body()).contains(marker + "基地");
        Http.Response edit = http.get("/training-bases/" + baseId + "/edit");
        assertThat(edit.body()).contains("id=\"contact-form\"").doesNotContain("id=\"base-form\"");
        Http.Response saved = http.postForm("/training-bases/" + baseId + "/edit", "/training-bases/" + baseId
                + "/contact", "version=" + TestAccounts.as(national, () -> records.get(baseId)).version()
                + "&address=x&contactName=y&contactPhone=abc&description=z");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("contactPhone-feedback");

        int year = nextYear++;
        TestAccounts.as(national, () -> scorecards.save(year, null, new ScorecardInput(new BigDecimal("80"),
                new BigDecimal("60"), List.of(new ScorecardInput.Item("师资", "REVIEWED", 100, null, null,
                        expert.username())))));
        TestAccounts.as(national, () -> runs.run(year));
        long reviewId = TestAccounts.as(expert, () -> reviews.open()).stream().filter(r -> r.baseId() == baseId)
                .findFirst().orElseThrow().id();
        Http reviewer = new Http(port);
        reviewer.login(expert.username(), TestAccounts.PASSWORD);
        assertThat(reviewer.get("/").body()).contains("/training-bases/reviews");
        assertThat(reviewer.get("/training-bases/reviews").body()).contains(marker + "基地");
        assertThat(reviewer.get("/training-bases/" + baseId).status()).isEqualTo(403);
        Http.Response bad = reviewer.postForm("/training-bases/reviews/" + reviewId, "/training-bases/reviews/"
                + reviewId, "version=0&score=120&comment=");
        assertThat(bad.status()).isEqualTo(302);
        assertThat(reviewer.get("/training-bases/reviews/" + reviewId).body()).contains("评分应为 0 到 100 的整数");
        Http.Response good = reviewer.postForm("/training-bases/reviews/" + reviewId, "/training-bases/reviews/"
                + reviewId, "version=0&score=88&comment=ok");
        assertThat(good.status()).isEqualTo(302);
        assertThat(TestAccounts.as(expert, () -> reviews.get(reviewId)).score()).isEqualTo(88);
        // another user's review is not found
        Http other = new Http(port);
        other.login(manager.username(), TestAccounts.PASSWORD);
        assertThat(other.get("/training-bases/reviews/" + reviewId).status()).isEqualTo(404);
    }

    @Test
    void anotherProvincesBaseIsNotFound() {
        UserSummary jiangsu = accounts.active("pages.js", Role.PROVINCIAL_ADMIN, "320000");
        Http http = new Http(port);
        http.signInEnrolling(jiangsu.username(), TestAccounts.PASSWORD);
        assertThat(http.get("/training-bases/" + baseId).status()).isEqualTo(404);
        assertThat(http.get("/training-bases/" + baseId + "/edit").status()).isEqualTo(404);
        assertThat(http.get("/training-bases/scorecards").status()).isEqualTo(403);
        assertThat(http.get("/training-bases").body()).doesNotContain(marker);
    }
}
