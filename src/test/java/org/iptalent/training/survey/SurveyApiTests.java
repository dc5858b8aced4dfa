package org.iptalent.training.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The surveys over the API: a trainee reads and answers once (409 twice or after closing, 400 with every refused
 * answer, in the request's language), whoever runs the class reads its results, and the satisfaction report
 * keeps to the reader's scope.
 */
@PlatformTest
class SurveyApiTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<ClosedClasses> closedClasses;
    @Autowired
    MutableClock clock;

    Http http;
    ClosedClasses.Closed closed;
    long surveyId;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        ClosedClasses classes = closedClasses.getObject();
        closed = classes.close(classes.base("320100"), 3, 2);
        surveyId = jdbc.queryForObject("select id from training_survey where class_id = ? and kind = 'SATISFACTION'",
                Long.class, closed.classId());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String token(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "test").token();
    }

    /** Every rating at its top, and a comment. */
    private static Map<String, Object> best(JsonNode survey) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode item : survey.get("items")) {
            if ("TEXT".equals(item.get("kind").asString())) {
                answers.add(Map.of("itemId", item.get("id").asLong(), "text", "收获很大"));
            } else {
                answers.add(Map.of("itemId", item.get("id").asLong(), "value", item.get("highest").asInt()));
            }
        }
        return Map.of("answers", answers);
    }

    @Test
    void aTraineeAnswersOnceAndIsToldWhyNotAgainInTheirLanguage() {
        String trainee = token(closed.trainees().get(0));
        var survey = http.get("/api/v1/surveys/" + surveyId, "Authorization", trainee);
        assertThat(survey.status()).isEqualTo(200);
        assertThat(survey.json().get("open").asBoolean()).isTrue();
        assertThat(survey.json().get("answered").asBoolean()).isFalse();
        assertThat(survey.json().get("items").size()).isGreaterThan(3);

        var created = http.postJson("/api/v1/surveys/" + surveyId + "/responses", best(survey.json()),
                "Authorization", trainee);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("score").asDouble()).isEqualTo(100.0);

        var twice = http.postJson("/api/v1/surveys/" + surveyId + "/responses", best(survey.json()),
                "Authorization", trainee);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.header("Content-Type")).startsWith("application/problem+json");
        assertThat(twice.json().get("detail").asString()).contains("只能提交一次");
        var twiceEn = http.postJson("/api/v1/surveys/" + surveyId + "/responses", best(survey.json()),
                "Authorization", trainee, "Accept-Language", "en");
        assertThat(twiceEn.json().get("detail").asString()).contains("already answered");
        assertThat(jdbc.queryForObject("select count(*) from training_survey_response where survey_id = ?",
                Integer.class, surveyId)).isEqualTo(1);
    }

    @Test
    void badAnswersAreAllListedAndAClosedSurveyIsAConflict() {
        String trainee = token(closed.trainees().get(1));
        var survey = http.get("/api/v1/surveys/" + surveyId, "Authorization", trainee).json();
        long firstItem = survey.get("items").get(0).get("id").asLong();
        var refused = http.postJson("/api/v1/surveys/" + surveyId + "/responses",
                Map.of("answers", List.of(Map.of("itemId", firstItem, "value", 9))), "Authorization", trainee,
                "Accept-Language", "en");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Item 1 takes a whole number from 1 to 5", "Item 2 is required");
        // a fraction is no point of a scale: a response otherwise complete is refused, never rounded down to 4
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> withFraction = new ArrayList<>((List<Map<String, Object>>) best(survey)
                .get("answers"));
        withFraction.set(0, Map.of("itemId", firstItem, "value", 4.5));
        var fraction = http.postJson("/api/v1/surveys/" + surveyId + "/responses", Map.of("answers", withFraction),
                "Authorization", trainee, "Accept-Language", "en");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.header("Content-Type")).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from training_survey_response where survey_id = ?",
                Integer.class, surveyId)).isZero();

        clock.advance(Duration.ofDays(15));
        var closedNow = http.postJson("/api/v1/surveys/" + surveyId + "/responses", best(survey),
                "Authorization", trainee);
        assertThat(closedNow.status()).isEqualTo(409);
        assertThat(closedNow.json().get("detail").asString()).contains("截止");
        assertThat(jdbc.queryForObject("select count(*) from training_survey_response where survey_id = ?",
                Integer.class, surveyId)).isZero();
    }

    @Test
    void theClassPageLoadsThePanelAsAFragmentAndOthersAreRefused() {
        Http manager = new Http(port);
        manager.login(closed.base().manager().username(), TestAccounts.PASSWORD);
        var fragment = manager.get("/classes/" + closed.classId() + "/survey", "HX-Request", "true");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("id=\"survey-results\"", "0 / 3").doesNotContain("<html");
        var page = manager.get("/classes/" + closed.classId() + "/survey");
        assertThat(page.body()).contains("<html", "id=\"survey-results\"");

        Http trainee = new Http(port);
        trainee.login(closed.trainees().get(0).username(), TestAccounts.PASSWORD);
        assertThat(trainee.get("/classes/" + closed.classId() + "/survey").status()).isEqualTo(403);
        assertThat(trainee.get("/surveys/" + surveyId).status()).isEqualTo(200);
        Http anonymous = new Http(port);
        assertThat(anonymous.get("/surveys/" + surveyId).status()).isEqualTo(302);
    }

    @Test
    void resultsAreForWhoeverRunsTheClassOnceItsSurveyClosedAndTheReportKeepsToTheScope() {
        String trainee = token(closed.trainees().get(2));
        var survey = http.get("/api/v1/surveys/" + surveyId, "Authorization", trainee).json();
        http.postJson("/api/v1/surveys/" + surveyId + "/responses", best(survey), "Authorization", trainee);

        String manager = token(closed.base().manager());
        var results = http.get("/api/v1/classes/" + closed.classId() + "/survey", "Authorization", manager);
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.json().get("responses").asLong()).isEqualTo(1);
        assertThat(results.json().get("rate").asDouble()).isEqualTo(33.3);
        // one response while the survey is open: its score would be that trainee's
        assertThat(results.json().get("score").isNull()).isTrue();
        assertThat(results.json().get("items").size()).isZero();
        assertThat(results.json().get("resultsShown").asBoolean()).isFalse();
        assertThat(results.json().get("minimumResponses").asInt()).isEqualTo(3);
        assertThat(results.body()).doesNotContain("收获很大");
        int year = java.time.LocalDate.now().minusDays(2).getYear();
        assertThat(http.get("/api/v1/training/satisfaction?year=" + year, "Authorization", manager).json()
                .get("provinces").size()).as("an open survey counts in no report").isZero();
        Http panel = new Http(port);
        panel.login(closed.base().manager().username(), TestAccounts.PASSWORD);
        assertThat(panel.get("/classes/" + closed.classId() + "/survey?lang=en", "HX-Request", "true").body())
                .contains("id=\"survey-withheld\"", "appear when the survey closes and at least 3 trainees have answered")
                .doesNotContain("id=\"survey-items\"");

        for (UserSummary other : List.of(closed.trainees().get(0), closed.trainees().get(1))) {
            http.postJson("/api/v1/surveys/" + surveyId + "/responses", best(survey), "Authorization", token(other));
        }
        clock.advance(Duration.ofDays(15));
        results = http.get("/api/v1/classes/" + closed.classId() + "/survey", "Authorization", manager);
        assertThat(results.json().get("resultsShown").asBoolean()).isTrue();
        assertThat(results.json().get("score").asDouble()).isEqualTo(100.0);
        assertThat(results.body()).contains("收获很大");
        Http later = new Http(port);
        later.login(closed.base().manager().username(), TestAccounts.PASSWORD);
        assertThat(later.get("/classes/" + closed.classId() + "/survey", "HX-Request", "true").body())
                .contains("id=\"survey-items\"", "收获很大").doesNotContain("id=\"survey-withheld\"");

        String guangdong = token(accounts.active("api.gd", Role.PROVINCIAL_ADMIN, "440000"));
        assertThat(http.get("/api/v1/classes/" + closed.classId() + "/survey", "Authorization", guangdong).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/classes/" + closed.classId() + "/survey", "Authorization", trainee).status())
                .isEqualTo(403);

        var mine = http.get("/api/v1/training/satisfaction?year=" + year, "Authorization", manager).json();
        assertThat(mine.get("provinces").size()).isEqualTo(1);
        assertThat(mine.get("provinces").get(0).get("bases").get(0).get("baseId").asLong())
                .isEqualTo(closed.base().id());
        assertThat(mine.get("target").asInt()).isEqualTo(90);
        assertThat(mine.get("total").get("score").asDouble()).isEqualTo(100.0);
        assertThat(mine.get("total").get("gap").asDouble()).isEqualTo(10.0);
        var elsewhere = http.get("/api/v1/training/satisfaction?year=" + year, "Authorization", guangdong).json();
        assertThat(elsewhere.toString()).doesNotContain("\"baseId\":" + closed.base().id() + ",");
        assertThat(http.get("/api/v1/training/satisfaction?region=32", "Authorization", manager).status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/training/satisfaction", "Authorization", trainee).status()).isEqualTo(403);
    }
}
