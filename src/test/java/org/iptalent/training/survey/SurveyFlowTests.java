package org.iptalent.training.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.iptalent.identity.UserSummary;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.training.effect.EffectReport;
import org.iptalent.training.effect.EffectReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A class's satisfaction survey from its dispatch to its score: sent when the class closes (in that transaction),
 * answered once per trainee and anonymously, refused twice, after closing or with bad answers (nothing recorded),
 * reminded, and read only by whoever runs the class.
 */
@PlatformTest
class SurveyFlowTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    SurveyResults results;
    @Autowired
    SurveyReminders reminders;
    @Autowired
    Satisfaction satisfaction;
    @Autowired
    EffectReports effects;
    @Autowired
    Surveys surveys;
    @Autowired
    MutableClock clock;
    @Autowired
    ClosedClasses classes;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void closingAClassSendsItsSurveyToEveryTraineeWithTheQuestionnaireAsItIs() {
        ClosedClasses.Closed closed = classes.close(classes.base("320100"), 3, 1);

        Survey survey = surveys.findByClassIdAndKind(closed.classId(), QuestionnaireKind.SATISFACTION).orElseThrow();
        assertThat(survey.getInvited()).isEqualTo(3);
        assertThat(survey.getOpensOn()).isEqualTo(LocalDate.now());
        // open for 14 days from when it was sent (the class ended yesterday, was closed today)
        assertThat(survey.getClosesOn()).isEqualTo(LocalDate.now().plusDays(14));
        assertThat(survey.getBaseId()).isEqualTo(closed.base().id());
        assertThat(survey.getYear()).isEqualTo(LocalDate.now().minusDays(1).getYear());
        List<String> items = jdbc.queryForList("select text_zh from training_survey_item where survey_id = ? order by position",
                String.class, survey.getId());
        assertThat(items).isEqualTo(jdbc.queryForList("""
                select text_zh from questionnaire_item where questionnaire_kind = 'SATISFACTION' order by position
                """, String.class)).isNotEmpty();
        assertThat(jdbc.queryForList("select talent_id from training_survey_invitation where survey_id = ?",
                Long.class, survey.getId())).containsExactlyInAnyOrderElementsOf(closed.talentIds());
        // each trainee is told, with the link to answer
        for (UserSummary trainee : closed.trainees()) {
            assertThat(jdbc.queryForList("select link from notification where recipient_id = ? and topic = 'survey'",
                    String.class, trainee.id())).containsExactly("/surveys/" + survey.getId());
        }
        // the trainee sees it among their surveys, open
        SurveyAnswering.SurveyForm form = TestAccounts.as(closed.trainees().get(0), () -> answering.form(survey.getId()));
        assertThat(form.mayAnswer()).isTrue();
        assertThat(TestAccounts.as(closed.trainees().get(0), () -> answering.mine()))
                .extracting(f -> f.survey().getId()).contains(survey.getId());
    }

    @Test
    void aResponseIsRecordedOnceWithoutAnythingThatLeadsBackToTheTrainee() {
        ClosedClasses.Closed closed = classes.close(classes.base("320100"), 3, 1);
        Survey survey = surveys.findWithItems(surveys.findByClassIdAndKind(closed.classId(),
                QuestionnaireKind.SATISFACTION).orElseThrow().getId()).orElseThrow();
        UserSummary trainee = closed.trainees().get(0);

        SurveyAnswering.Submitted submitted = TestAccounts.as(trainee, () -> answering.answer(survey.getId(),
                answers(survey, 5, 10, "讲得很好")));
        assertThat(submitted.score()).isEqualByComparingTo("100.00");

        // the invitation says who answered, the response only what was said
        assertThat(jdbc.queryForObject("""
                select count(*) from training_survey_invitation where survey_id = ? and responded_at is not null
                """, Integer.class, survey.getId())).isEqualTo(1);
        assertThat(jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_name in ('training_survey_response', 'training_survey_answer')
                """, String.class)).containsExactlyInAnyOrder("id", "survey_id", "score", "response_id", "item_id",
                "value", "score", "text");

        // a second submission is a conflict and records nothing
        assertThatThrownBy(() -> TestAccounts.as(trainee, () -> answering.answer(survey.getId(),
                answers(survey, 1, 0, null)))).isInstanceOf(ConflictException.class).hasMessage("survey.answered");
        assertThat(responses(survey)).isEqualTo(1);
        assertThat(TestAccounts.as(trainee, () -> answering.form(survey.getId())).answered()).isTrue();
    }

    @Test
    void twoSubmissionsAtOnceRecordOneResponse() throws Exception {
        ClosedClasses.Closed closed = classes.close(classes.base("320100"), 1, 1);
        Survey survey = surveys.findWithItems(surveys.findByClassIdAndKind(closed.classId(),
                QuestionnaireKind.SATISFACTION).orElseThrow().getId()).orElseThrow();
        UserSummary trainee = closed.trainees().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Callable<String> submit = () -> {
                    start.await();
                    try {
                        TestAccounts.as(trainee, () -> answering.answer(survey.getId(), answers(survey, 4, 8, null)));
                        return "recorded";
                    } catch (ConflictException e) {
                        return e.messageKey();
                    }
                };
                outcomes.add(pool.submit(submit));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsOnlyOnce("recorded").filteredOn(r -> !r.equals("recorded"))
                    .containsOnly("survey.answered");
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses(survey)).isEqualTo(1);
    }

    @Test
    void aClosedSurveyTakesNoAnswer() {
        ClosedClasses.Closed closed = classes.close(classes.base("320100"), 1, 1);
        Survey survey = surveys.findWithItems(surveys.findByClassIdAndKind(closed.classId(),
                QuestionnaireKind.SATISFACTION).orElseThrow().getId()).orElseThrow();
        clock.advance(Duration.ofDays(15));
        assertThatThrownBy(() -> TestAccounts.as(closed.trainees().get(0), () -> answering.answer(survey.getId(),
                answers(survey, 5, 9, null)))).isInstanceOf(ConflictException.class).hasMessage("survey.closed");
        assertThat(responses(survey)).isZero();
        assertThat(TestAccounts.as(closed.trainees().get(0), () -> answering.form(survey.getId())).mayAnswer())
                .isFalse();
    }

    @Test
    void refusedAnswersRecordNothingAndNameEachProblem() {
        ClosedClasses.Closed closed = classes.close(classes.base("320100"), 1, 1);
        Survey survey = surveys.findWithItems(surveys.findByClassIdAndKind(closed.classId(),
                QuestionnaireKind.SATISFACTION).orElseThrow().getId()).orElseThrow();
        List<SurveyItem> scales = survey.getItems().stream().filter(i -> i.getKind().isScale()).toList();
        List<Answer> bad = new ArrayList<>();
        bad.add(new Answer(scales.get(0).getId(), 6, null));
        bad.add(new Answer(scales.get(1).getId(), null, "文字"));
        bad.add(new Answer(-1, 3, null));
        InvalidInputException refused = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() ->
                TestAccounts.as(closed.trainees().get(0), () -> answering.answer(survey.getId(), bad)));
        assertThat(refused.problems()).extracting(InvalidInputException.Problem::messageKey)
                .contains("survey.answer.outOfScale", "survey.answer.scaleExpected", "survey.answer.unknownItem",
                        "survey.answer.required");
        assertThat(responses(survey)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from training_survey_invitation where survey_id = ? and responded_at is not null
                """, Integer.class, survey.getId())).isZero();
        // and the trainee may still answer properly
        TestAccounts.as(closed.trainees().get(0), () -> answering.answer(survey.getId(), answers(survey, 3, 6, null)));
        assertThat(responses(survey)).isEqualTo(1);
    }

    @Test
    void onlyInvitedTraineesAnswerAndOnlyThoseWhoRunTheClassReadTheResults() {
        ClosedClasses.Base base = classes.base("320100");
        ClosedClasses.Closed closed = classes.close(base, 3, 1);
        ClosedClasses.Closed other = classes.close(classes.base("440100"), 1, 1);
        long surveyId = surveys.findByClassIdAndKind(closed.classId(), QuestionnaireKind.SATISFACTION).orElseThrow()
                .getId();
        assertThatThrownBy(() -> TestAccounts.as(other.trainees().get(0), () -> answering.form(surveyId)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(other.trainees().get(0), () -> answering.answer(surveyId, List.of())))
                .isInstanceOf(RecordNotFoundException.class);

        UserSummary jiangsu = accounts.active("survey.js", Role.PROVINCIAL_ADMIN, "320000");
        UserSummary guangdong = accounts.active("survey.gd", Role.PROVINCIAL_ADMIN, "440000");
        assertThat(TestAccounts.as(base.manager(), () -> results.ofClass(closed.classId())).surveyId())
                .isEqualTo(surveyId);
        assertThat(TestAccounts.as(jiangsu, () -> results.ofClass(closed.classId())).invited()).isEqualTo(3);
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> results.ofClass(closed.classId())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(other.base().manager(), () -> results.ofClass(closed.classId())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(closed.trainees().get(0), () -> results.ofClass(closed.classId())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theClassScoreIsTheMeanOfItsResponsesShownOnlyOnceTheSurveyClosedWithEnoughOfThem() {
        ClosedClasses.Base base = classes.base("320100");
        ClosedClasses.Closed closed = classes.close(base, 4, 1);
        Survey survey = surveys.findWithItems(surveys.findByClassIdAndKind(closed.classId(),
                QuestionnaireKind.SATISFACTION).orElseThrow().getId()).orElseThrow();
        // five 1-5 items and one 0-10 item: all 5 and 10 is 100; all 4 and 8 is 75 × 5 + 80, over 6 = 75.83
        TestAccounts.as(closed.trainees().get(0), () -> answering.answer(survey.getId(), answers(survey, 5, 10, "很好")));
        ClassSurveyResults one = TestAccounts.as(base.manager(), () -> results.ofClass(closed.classId()));
        // one response's mean would be that trainee's own answers
        assertThat(one.responses()).isEqualTo(1);
        assertThat(one.rate()).isEqualByComparingTo("25.0");
        assertThat(one.score()).isNull();
        assertThat(one.gap()).isNull();
        assertThat(one.items()).isEmpty();
        assertThat(one.resultsShown()).isFalse();

        TestAccounts.as(closed.trainees().get(1), () -> answering.answer(survey.getId(), answers(survey, 4, 8, "不错")));
        TestAccounts.as(closed.trainees().get(2), () -> answering.answer(survey.getId(), answers(survey, 3, 5, "一般")));
        // three responses, but the survey is open: means read now and after the next response would give it away
        ClassSurveyResults three = TestAccounts.as(base.manager(), () -> results.ofClass(closed.classId()));
        assertThat(three.responses()).isEqualTo(3);
        assertThat(three.rate()).isEqualByComparingTo("75.0");
        assertThat(three.open()).isTrue();
        assertThat(three.resultsShown()).isFalse();
        assertThat(three.score()).isNull();
        assertThat(three.items()).isEmpty();

        clock.advance(Duration.ofDays(15));
        ClassSurveyResults closedResults = TestAccounts.as(base.manager(), () -> results.ofClass(closed.classId()));
        assertThat(closedResults.closed()).isTrue();
        assertThat(closedResults.resultsShown()).isTrue();
        // all 3 and 5 is 50: (100 + 75.83 + 50) / 3 = 75.28
        assertThat(closedResults.score()).isEqualByComparingTo("75.3");
        assertThat(closedResults.gap()).isEqualByComparingTo("-14.7");
        assertThat(closedResults.items()).filteredOn(i -> i.kind() == ItemKind.SCALE_10).singleElement()
                .satisfies(i -> assertThat(i.meanValue()).isEqualByComparingTo("7.67"));
        // the comments in the order of their words, not of their arrival
        assertThat(closedResults.items()).filteredOn(i -> !i.kind().isScale()).singleElement()
                .satisfies(i -> assertThat(i.texts()).containsExactly("一般", "不错", "很好"));
    }

    @Test
    void aSurveyThatClosedWithTooFewResponsesShowsNoResultAndCountsInNoReport() {
        ClosedClasses.Base base = classes.base("320100");
        ClosedClasses.Closed closed = classes.close(base, 4, 1);
        Survey survey = surveys.findWithItems(surveys.findByClassIdAndKind(closed.classId(),
                QuestionnaireKind.SATISFACTION).orElseThrow().getId()).orElseThrow();
        TestAccounts.as(closed.trainees().get(0), () -> answering.answer(survey.getId(), answers(survey, 5, 10, "很好")));
        TestAccounts.as(closed.trainees().get(1), () -> answering.answer(survey.getId(), answers(survey, 1, 0, null)));
        clock.advance(Duration.ofDays(15));

        ClassSurveyResults two = TestAccounts.as(base.manager(), () -> results.ofClass(closed.classId()));
        assertThat(two.closed()).isTrue();
        assertThat(two.responses()).isEqualTo(2);
        assertThat(two.resultsShown()).isFalse();
        assertThat(two.score()).isNull();
        assertThat(two.items()).isEmpty();
        int year = LocalDate.now().minusDays(1).getYear();
        SatisfactionReport report = TestAccounts.as(base.manager(), () -> satisfaction.report(year, null));
        SatisfactionReport.BaseLine line = report.provinces().stream().flatMap(p -> p.bases().stream())
                .filter(b -> b.baseId() == base.id()).findFirst().orElseThrow();
        assertThat(line.line().responses()).isEqualTo(2);
        assertThat(line.line().score()).isNull();
        assertThat(satisfaction.scoresOfBases(year, List.of(base.id()))).doesNotContainKey(base.id());
    }

    @Test
    void theReportsReadTheYearAskedForAndTotalEachYearApart() {
        ClosedClasses.Base base = classes.base("320100");
        ClosedClasses.Closed earlier = classes.close(base, 3, 400);
        ClosedClasses.Closed later = classes.close(base, 3, 1);
        // all 5 and 10 is 100; all 3 and 6 is (5 × 50 + 60) / 6 = 51.67
        answerAll(earlier, 5, 10);
        answerAll(later, 3, 6);
        clock.advance(Duration.ofDays(15));
        int lastYear = LocalDate.now().minusDays(400).getYear();
        int thisYear = LocalDate.now().minusDays(1).getYear();

        SatisfactionReport ofThisYear = TestAccounts.as(base.manager(), () -> satisfaction.report(thisYear, null));
        assertThat(ofThisYear.total().classes()).isEqualTo(1);
        assertThat(ofThisYear.total().score()).isEqualByComparingTo("51.7");
        assertThat(ofThisYear.years()).containsExactly(thisYear, lastYear);
        assertThat(ofThisYear.byYear()).extracting(SatisfactionReport.YearLine::year).containsExactly(lastYear,
                thisYear);
        assertThat(ofThisYear.byYear()).extracting(y -> y.line().score()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100.0"), new BigDecimal("51.7"));
        assertThat(TestAccounts.as(base.manager(), () -> satisfaction.report(lastYear, null)).total().score())
                .isEqualByComparingTo("100.0");
        SatisfactionReport everyYear = TestAccounts.as(base.manager(), () -> satisfaction.report(null, null));
        assertThat(everyYear.total().classes()).isEqualTo(2);
        assertThat(everyYear.total().responses()).isEqualTo(6);
        assertThat(everyYear.total().score()).isEqualByComparingTo("75.8");
        assertThat(TestAccounts.as(base.manager(), () -> satisfaction.years(null))).containsExactly(thisYear,
                lastYear);

        EffectReport effect = TestAccounts.as(base.manager(), () -> effects.report(EffectReport.Grouping.BASE,
                lastYear));
        assertThat(effect.rows()).singleElement().satisfies(row -> {
            assertThat(row.classes()).isEqualTo(1);
            assertThat(row.reaction().mean()).isEqualByComparingTo("100.0");
        });
        assertThat(TestAccounts.as(base.manager(), () -> effects.report(EffectReport.Grouping.BASE, thisYear))
                .total().reaction().mean()).isEqualByComparingTo("51.7");
        assertThat(TestAccounts.as(base.manager(), () -> effects.report(EffectReport.Grouping.BASE, null)).total()
                .classes()).isEqualTo(2);
    }

    private void answerAll(ClosedClasses.Closed closed, int five, int ten) {
        Survey survey = surveys.findWithItems(surveys.findByClassIdAndKind(closed.classId(),
                QuestionnaireKind.SATISFACTION).orElseThrow().getId()).orElseThrow();
        for (UserSummary trainee : closed.trainees()) {
            TestAccounts.as(trainee, () -> answering.answer(survey.getId(), answers(survey, five, ten, null)));
        }
    }

    @Test
    void remindersGoToThoseWhoHaveNotAnsweredOnceADay() {
        ClosedClasses.Closed closed = classes.close(classes.base("320100"), 2, 1);
        Survey survey = surveys.findWithItems(surveys.findByClassIdAndKind(closed.classId(),
                QuestionnaireKind.SATISFACTION).orElseThrow().getId()).orElseThrow();
        TestAccounts.as(closed.trainees().get(0), () -> answering.answer(survey.getId(), answers(survey, 4, 8, null)));
        reminders.remind();
        clock.advance(Duration.ofDays(1));
        reminders.remind();
        assertThat(reminded(closed.trainees().get(1))).as("neither the day it was sent nor the next").isZero();
        clock.advance(Duration.ofDays(2));
        // the daily job's entry point, then a second run the same day
        reminders.scheduled();
        reminders.remind();
        assertThat(reminded(closed.trainees().get(0))).isZero();
        assertThat(reminded(closed.trainees().get(1))).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        reminders.remind();
        assertThat(reminded(closed.trainees().get(1))).isEqualTo(1);
        clock.advance(Duration.ofDays(2));
        reminders.remind();
        assertThat(reminded(closed.trainees().get(1))).as("six days after it was sent").isEqualTo(2);
        // the last day (the fourteenth, no multiple of three)
        clock.advance(Duration.ofDays(8));
        reminders.scheduled();
        assertThat(reminded(closed.trainees().get(1))).isEqualTo(3);
        clock.advance(Duration.ofDays(1));
        reminders.remind();
        assertThat(reminded(closed.trainees().get(1))).isEqualTo(3);
    }

    private int reminded(UserSummary trainee) {
        return jdbc.queryForObject("""
                select count(*) from notification where recipient_id = ? and message_key = 'notice.survey.reminder'
                """, Integer.class, trainee.id());
    }

    private int responses(Survey survey) {
        return jdbc.queryForObject("select count(*) from training_survey_response where survey_id = ?",
                Integer.class, survey.getId());
    }

    /** Every 1-5 item rated {@code five}, every 0-10 item {@code ten}, the text item {@code text}. */
    static List<Answer> answers(Survey survey, int five, int ten, String text) {
        List<Answer> answers = new ArrayList<>();
        for (SurveyItem item : survey.getItems()) {
            switch (item.getKind()) {
                case SCALE_5 -> answers.add(new Answer(item.getId(), five, null));
                case SCALE_10 -> answers.add(new Answer(item.getId(), ten, null));
                case TEXT -> {
                    if (text != null) {
                        answers.add(new Answer(item.getId(), null, text));
                    }
                }
            }
        }
        return answers;
    }
}
