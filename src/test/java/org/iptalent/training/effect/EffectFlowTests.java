package org.iptalent.training.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.training.base.Measures;
import org.iptalent.training.survey.Answer;
import org.iptalent.training.survey.ClosedClasses;
import org.iptalent.training.survey.SurveyAnswering;
import org.iptalent.training.survey.SurveyItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Training effect on its four levels: pre- and post-tests entered by whoever runs the class, the employers'
 * follow-up sent months after a class through a one-time link the trainee forwards, the report per program and
 * base, and the measures the bases' assessment reads.
 */
@PlatformTest
class EffectFlowTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestScores testScores;
    @Autowired
    FollowUpDispatch dispatch;
    @Autowired
    FollowUpLinks links;
    @Autowired
    EffectReports reports;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    Measures measures;
    @Autowired
    MutableClock clock;
    @Autowired
    ClosedClasses classes;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void testScoresAreEnteredWholeOrNotAtAllAndGiveTheMeanGain() {
        ClosedClasses.Closed closed = classes.close(classes.base("320100"), 3, 1);
        UserSummary manager = closed.base().manager();
        Map<Long, TestScores.Scores> bad = new LinkedHashMap<>();
        bad.put(closed.enrollmentIds().get(0), new TestScores.Scores(new BigDecimal("50"), new BigDecimal("70")));
        bad.put(closed.enrollmentIds().get(1), new TestScores.Scores(new BigDecimal("101"), null));
        bad.put(closed.enrollmentIds().get(2), new TestScores.Scores(null, new BigDecimal("80.25")));
        InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> TestAccounts.as(manager, () -> testScores.record(closed.classId(),
                        bad)));
        assertThat(refused.problems()).hasSize(2).allSatisfy(p -> assertThat(p.messageKey())
                .isEqualTo("testScore.invalid"));
        assertThat(jdbc.queryForObject("select count(*) from training_test_score where class_id = ?", Integer.class,
                closed.classId())).isZero();

        Map<Long, TestScores.Scores> good = new LinkedHashMap<>();
        good.put(closed.enrollmentIds().get(0), new TestScores.Scores(new BigDecimal("50"), new BigDecimal("70")));
        good.put(closed.enrollmentIds().get(1), new TestScores.Scores(new BigDecimal("62.5"), new BigDecimal("77.5")));
        good.put(closed.enrollmentIds().get(2), new TestScores.Scores(new BigDecimal("40"), null));
        assertThat(TestAccounts.as(manager, () -> testScores.record(closed.classId(), good))).isEqualTo(3);
        TestScores.Sheet sheet = TestAccounts.as(manager, () -> testScores.sheet(closed.classId()));
        assertThat(sheet.withBoth()).isEqualTo(2);
        assertThat(sheet.meanGain()).isEqualByComparingTo("17.5");
        assertThat(sheet.meanPre()).isEqualByComparingTo("50.8");
        assertThat(sheet.rows()).extracting(TestScores.Row::name).doesNotContainNull();

        UserSummary guangdong = accounts.active("effect.gd", Role.PROVINCIAL_ADMIN, "440000");
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> testScores.sheet(closed.classId())))
                .isInstanceOf(RecordNotFoundException.class);
        Map<Long, TestScores.Scores> stranger = Map.of(-5L, new TestScores.Scores(BigDecimal.ONE, BigDecimal.TEN));
        assertThatThrownBy(() -> TestAccounts.as(manager, () -> testScores.record(closed.classId(), stranger)))
                .isInstanceOf(InvalidInputException.class).hasMessage("testScore.notTrainee");
    }

    @Test
    void theFollowUpGoesOutMonthsLaterAndItsLinkAnswersOnce() {
        ClosedClasses.Closed closed = classes.close(classes.base("320100"), 3, 100);
        ClosedClasses.Closed recent = classes.close(classes.base("320100"), 1, 10);
        ClosedClasses.Closed old = classes.close(classes.base("320100"), 1, 200);
        // the daily job's own entry point (it once called dispatch() on itself, outside any transaction, and failed
        // on the questionnaire's items), then a second run that finds nothing left to send
        dispatch.scheduled();
        dispatch.dispatch();
        assertThat(jdbc.queryForObject("""
                select count(*) from training_follow_up f join training_survey s on s.id = f.survey_id
                where s.class_id = ?
                """, Integer.class, closed.classId())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from training_survey where class_id = ? and kind = 'FOLLOW_UP'",
                Integer.class, recent.classId())).as("not yet due").isZero();
        assertThat(jdbc.queryForObject("select count(*) from training_survey where class_id = ? and kind = 'FOLLOW_UP'",
                Integer.class, old.classId())).as("ended too long ago").isZero();
        UserSummary trainee = closed.trainees().get(0);
        assertThat(jdbc.queryForList("select link from notification where recipient_id = ? and topic = 'followUp'",
                String.class, trainee.id())).containsExactly("/my/follow-ups");

        List<FollowUpLinks.Mine> mine = TestAccounts.as(trainee, () -> links.mine());
        assertThat(mine).hasSize(1);
        long followUpId = mine.get(0).followUp().getId();
        FollowUpLinks.MadeLink first = TestAccounts.as(trainee, () -> links.make(followUpId));
        String firstToken = first.url().substring(first.url().lastIndexOf('/') + 1);
        assertThat(firstToken).hasSize(43);
        // only the token's hash is kept
        assertThat(jdbc.queryForObject("select token_hash from training_follow_up where id = ?", String.class,
                followUpId)).isEqualTo(FollowUpLinks.hash(firstToken)).doesNotContain(firstToken);
        assertThat(jdbc.queryForObject("select count(*) from notification where link like ? or arguments::text like ?",
                Integer.class, "%" + firstToken + "%", "%" + firstToken + "%")).isZero();
        // another trainee cannot make this one's link
        assertThatThrownBy(() -> TestAccounts.as(closed.trainees().get(1), () -> links.make(followUpId)))
                .isInstanceOf(RecordNotFoundException.class);

        FollowUpLinks.MadeLink second = TestAccounts.as(trainee, () -> links.make(followUpId));
        String token = second.url().substring(second.url().lastIndexOf('/') + 1);
        assertThatThrownBy(() -> links.form(firstToken)).as("a new link ends the last")
                .isInstanceOf(BusinessRuleException.class).hasMessage("followUp.linkInvalid");

        FollowUpLinks.PublicForm form = links.form(token);
        assertThat(form.classTitle()).isNotBlank();
        assertThat(form.traineeName()).isEqualTo("学员" + trainee.id());
        InvalidInputException noRespondent = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> links.answer(token, " ", ratings(form.survey().getItems(), 4)));
        assertThat(noRespondent.problems()).extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("followUp.respondentRequired");
        assertThat(jdbc.queryForObject("select answered_at is null from training_follow_up where id = ?",
                Boolean.class, followUpId)).isTrue();

        // the public form needs no account
        Http anonymous = new Http(port);
        assertThat(anonymous.get("/follow-up/" + token).status()).isEqualTo(200);
        assertThat(anonymous.get("/follow-up/" + firstToken).status()).isEqualTo(404);

        links.answer(token, "部门负责人", ratings(form.survey().getItems(), 4));
        assertThat(jdbc.queryForMap("""
                select behaviour_score, results_score, respondent, token_hash from training_follow_up where id = ?
                """, followUpId)).containsEntry("behaviour_score", new BigDecimal("75.00"))
                .containsEntry("respondent", "部门负责人").containsEntry("token_hash", null);
        assertThatThrownBy(() -> links.answer(token, "部门负责人", ratings(form.survey().getItems(), 5)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("followUp.linkInvalid");
        assertThatThrownBy(() -> TestAccounts.as(trainee, () -> links.make(followUpId)))
                .isInstanceOf(ConflictException.class).hasMessage("followUp.answered");

        // a link expires
        UserSummary other = closed.trainees().get(1);
        long otherId = TestAccounts.as(other, () -> links.mine()).get(0).followUp().getId();
        FollowUpLinks.MadeLink expiring = TestAccounts.as(other, () -> links.make(otherId));
        clock.advance(Duration.ofDays(31));
        String expired = expiring.url().substring(expiring.url().lastIndexOf('/') + 1);
        assertThatThrownBy(() -> links.form(expired)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("followUp.linkInvalid");
        assertThatThrownBy(() -> links.form("not-a-token")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theReportGivesEachLevelPerProgramAndBaseAndFeedsTheAssessment() {
        ClosedClasses.Base base = classes.base("320100");
        ClosedClasses.Closed closed = classes.close(base, 3, 100);
        int year = LocalDate.now().minusDays(100).getYear();
        // reaction: three responses of 100 (the survey opened when the class was closed, today)
        long surveyId = jdbc.queryForObject("select id from training_survey where class_id = ? and kind = 'SATISFACTION'",
                Long.class, closed.classId());
        SurveyAnswering.SurveyForm survey = TestAccounts.as(closed.trainees().get(0), () -> answering.form(surveyId));
        for (UserSummary trainee : closed.trainees()) {
            TestAccounts.as(trainee, () -> answering.answer(surveyId, ratings(survey.survey().getItems(), 5)));
        }
        // learning: gains of 20 and 10
        Map<Long, TestScores.Scores> scores = new LinkedHashMap<>();
        scores.put(closed.enrollmentIds().get(0), new TestScores.Scores(new BigDecimal("60"), new BigDecimal("80")));
        scores.put(closed.enrollmentIds().get(1), new TestScores.Scores(new BigDecimal("70"), new BigDecimal("80")));
        TestAccounts.as(base.manager(), () -> testScores.record(closed.classId(), scores));
        // behaviour and results: one follow-up, every rating 4 (75 on 1-5, 80 on 0-10)
        dispatch.dispatch();
        UserSummary trainee = closed.trainees().get(0);
        long followUpId = TestAccounts.as(trainee, () -> links.mine()).get(0).followUp().getId();
        String url = TestAccounts.as(trainee, () -> links.make(followUpId)).url();
        String token = url.substring(url.lastIndexOf('/') + 1);
        links.answer(token, "主管", ratings(links.form(token).survey().getItems(), 4));

        // while the survey is open its responses count nowhere: a figure that moved with each would give them away
        EffectReport open = TestAccounts.as(base.manager(), () -> reports.report(EffectReport.Grouping.BASE, year));
        assertThat(open.rows().get(0).reaction().mean()).isNull();
        assertThat(open.rows().get(0).reaction().count()).isZero();
        assertThat(measures.find("SATISFACTION").orElseThrow().values(List.of(base.id()), year)).isEmpty();
        clock.advance(Duration.ofDays(15));

        EffectReport byBase = TestAccounts.as(base.manager(), () -> reports.report(EffectReport.Grouping.BASE, year));
        assertThat(byBase.rows()).hasSize(1);
        EffectReport.Row row = byBase.rows().get(0);
        assertThat(row.id()).isEqualTo(base.id());
        assertThat(row.classes()).isEqualTo(1);
        assertThat(row.reaction().mean()).isEqualByComparingTo("100.0");
        assertThat(row.reaction().count()).isEqualTo(3);
        assertThat(row.learning().mean()).isEqualByComparingTo("15.0");
        assertThat(row.learning().count()).isEqualTo(2);
        assertThat(row.behaviour().mean()).isEqualByComparingTo("75.0");
        assertThat(row.followUpsSent()).isEqualTo(3);
        assertThat(row.followUpsAnswered()).isEqualTo(1);
        assertThat(byBase.years()).contains(year);
        EffectReport byProgram = TestAccounts.as(base.manager(), () -> reports.report(EffectReport.Grouping.PROGRAM,
                year));
        assertThat(byProgram.rows()).hasSize(1);
        assertThat(byProgram.total().learning().mean()).isEqualByComparingTo("15.0");
        UserSummary guangdong = accounts.active("effect.gd2", Role.PROVINCIAL_ADMIN, "440000");
        assertThat(TestAccounts.as(guangdong, () -> reports.report(EffectReport.Grouping.BASE, year)).rows())
                .extracting(EffectReport.Row::id).doesNotContain(base.id());

        // the assessment's measures: satisfaction 100, effect the follow-up's mean (4 × 75 and one 80, over 5)
        assertThat(measures.find("SATISFACTION").orElseThrow().values(List.of(base.id()), year))
                .containsEntry(base.id(), new BigDecimal("100.00"));
        assertThat(measures.find("EFFECT").orElseThrow().values(List.of(base.id()), year))
                .containsEntry(base.id(), new BigDecimal("76.00"));
        assertThat(measures.find("EFFECT").orElseThrow().values(List.of(base.id()), year - 1)).isEmpty();
    }

    /** Every rating at {@code point} (on a 0-10 scale, twice it), no text. */
    private static List<Answer> ratings(List<SurveyItem> items, int point) {
        List<Answer> answers = new ArrayList<>();
        for (SurveyItem item : items) {
            if (item.getKind().isScale()) {
                answers.add(new Answer(item.getId(), item.getKind().highest() == 10 ? point * 2 : point, null));
            }
        }
        return answers;
    }
}
