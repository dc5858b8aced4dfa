package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.training.effect.FollowUpDispatch;
import org.iptalent.training.survey.Answer;
import org.iptalent.training.survey.ClosedClasses;
import org.iptalent.training.survey.SurveyAnswering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A class's satisfaction survey as people live it, in Chinese and English: trainees answer it on its page (once),
 * and the base's manager sees only how many answered while it is open, then, once it has closed with three
 * responses, reads the class's score computed from them with their comments, and the satisfaction page with its
 * chart (screenshots in target/screenshots).
 */
@PlatformTest
class SurveyBrowserTests extends BrowserTest {

    @Autowired
    SurveyAnswering answering;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<ClosedClasses> closedClasses;
    @Autowired
    FollowUpDispatch followUps;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Item(long id, String kind) {
    }

    @Test
    void traineesAnswerAndTheBaseManagerReadsTheScoreFromTheirResponses() {
        ClosedClasses classes = closedClasses.getObject();
        ClosedClasses.Closed closed = classes.close(classes.base("320100"), 3, 1);
        long surveyId = jdbc.queryForObject("select id from training_survey where class_id = ? and kind = 'SATISFACTION'",
                Long.class, closed.classId());
        List<Item> items = jdbc.query("select id, kind from training_survey_item where survey_id = ? order by position",
                (rs, n) -> new Item(rs.getLong(1), rs.getString(2)), surveyId);

        // a trainee answers in Chinese: every rating at the top, a comment (100)
        UserSummary first = closed.trainees().get(0);
        signIn(first.username(), TestAccounts.PASSWORD);
        page.navigate(url("/surveys"));
        assertThat(page.locator("#my-surveys")).containsText("待填写");
        page.locator("#my-surveys a").first().click();
        assertThat(page.locator("#survey-anonymity")).containsText("匿名");
        // a required rating left out is refused, with what was entered kept
        page.click("label[for=item" + items.get(0).id() + "-5]");
        page.click("#survey-submit");
        assertThat(page.locator("#survey-errors")).containsText("第 2 题为必答题");
        assertThat(page.locator("#item" + items.get(0).id() + "-5")).isChecked();
        answer(items, 5, 10, "案例讲解很实用，收获很大。");
        screenshot("SurveyBrowserTests-answer-zh");
        page.click("#survey-submit");
        assertThat(page.locator(".alert-success").first()).containsText("提交成功");
        assertThat(page.locator("#survey-answered")).isVisible();
        assertThat(page.locator("#survey-form")).hasCount(0);
        screenshot("SurveyBrowserTests-answered-zh");
        signOut();

        // another answers in English: all 4 and 8 (75.83)
        UserSummary second = closed.trainees().get(1);
        signIn(second.username(), TestAccounts.PASSWORD);
        page.navigate(url("/surveys/" + surveyId + "?lang=en"));
        assertThat(page.locator("h1")).hasText("Training satisfaction survey");
        answer(items, 4, 8, "More practice, please.");
        screenshot("SurveyBrowserTests-answer-en");
        page.click("#survey-submit");
        assertThat(page.locator(".alert-success").first()).containsText("Thank you");
        signOut();

        // a third through the service: all 3 and 6 (51.67), so the comments may be shown
        List<Answer> third = new ArrayList<>();
        items.forEach(i -> {
            if (!i.kind().equals("TEXT")) {
                third.add(new Answer(i.id(), i.kind().equals("SCALE_5") ? 3 : 6, null));
            }
        });
        TestAccounts.as(closed.trainees().get(2), () -> answering.answer(surveyId, third));

        // while the survey is open its base's manager sees how many answered, no score, mean or comment
        UserSummary manager = closed.base().manager();
        signIn(manager.username(), TestAccounts.PASSWORD);
        page.navigate(url("/classes/" + closed.classId() + "/survey?lang=en"));
        assertThat(page.locator("#survey-responses")).hasText("3 / 3");
        assertThat(page.locator("#survey-score")).hasText("—");
        assertThat(page.locator("#survey-withheld")).containsText("appear when the survey closes and at least 3");
        assertThat(page.locator("#survey-items")).hasCount(0);
        assertThat(page.locator("#survey-results")).not().containsText("More practice, please.");
        screenshot("SurveyBrowserTests-results-open-en");
        page.navigate(url("/training/satisfaction?lang=zh-CN"));
        assertThat(page.locator("#base-" + closed.base().id())).hasCount(0);
        signOut();

        // the survey closes (the platform's clock moves past its last day): the manager reads the class's score,
        // (100 + 75.83 + 51.67) / 3 = 75.8
        clock.advance(Duration.ofDays(15));
        signIn(manager.username(), TestAccounts.PASSWORD);
        page.navigate(url("/classes/" + closed.classId() + "/survey?lang=zh-CN"));
        assertThat(page.locator("#survey-score")).hasText("75.8");
        assertThat(page.locator("#survey-gap")).hasText("-14.2");
        assertThat(page.locator("#survey-responses")).hasText("3 / 3");
        assertThat(page.locator("#survey-results")).containsText("案例讲解很实用，收获很大。");
        assertThat(page.locator("#survey-results")).containsText("More practice, please.");
        screenshot("SurveyBrowserTests-results-zh");
        page.navigate(url("/classes/" + closed.classId() + "/survey?lang=en"));
        assertThat(page.locator("#survey-results")).containsText("Response rate 100%");
        assertThat(page.locator("#survey-items")).containsText("Overall satisfaction with the class");
        screenshot("SurveyBrowserTests-results-en");

        // and the satisfaction page, with the base below the target
        page.navigate(url("/training/satisfaction?lang=en"));
        assertThat(page.locator("#base-" + closed.base().id())).containsText("75.8");
        assertThat(page.locator("#satisfaction-chart canvas")).hasCount(1);
        screenshot("SurveyBrowserTests-satisfaction-en");
        page.navigate(url("/training/satisfaction?lang=zh-CN"));
        assertThat(page.locator("#satisfaction-table")).containsText("江苏省");
        screenshot("SurveyBrowserTests-satisfaction-zh");
        page.locator("#satisfaction-table").scrollIntoViewIfNeeded();
        screenshot("SurveyBrowserTests-satisfaction-table-zh");
        page.navigate(url("/training/effect"));
        assertThat(page.locator("#effect-table")).containsText("75.8");
        screenshot("SurveyBrowserTests-effect-zh");
    }

    @Test
    void aSupervisorAnswersTheFollowUpThroughTheLinkTheTraineeMade() {
        ClosedClasses classes = closedClasses.getObject();
        ClosedClasses.Closed closed = classes.close(classes.base("320100"), 1, 100);
        followUps.dispatch();
        UserSummary trainee = closed.trainees().get(0);
        signIn(trainee.username(), TestAccounts.PASSWORD);
        page.navigate(url("/my/follow-ups"));
        page.locator("#my-follow-ups button").first().click();
        String link = page.inputValue("#follow-up-url");
        assertThat(page.locator("#follow-up-link")).containsText("只显示这一次");
        screenshot("SurveyBrowserTests-follow-up-link-zh");
        signOut();

        // the supervisor, with no account, in English
        page.navigate(link.replaceFirst("^https?://[^/]+", url("")) + "?lang=en");
        assertThat(page.locator("#follow-up-about")).containsText("Please rate the work of 学员" + trainee.id());
        page.fill("#respondent", "Head of the IP department");
        page.click("#follow-up-submit");
        assertThat(page.locator("#follow-up-errors")).containsText("Item 1 is required");
        assertThat(page.locator("#respondent")).hasValue("Head of the IP department");
        for (Item item : jdbc.query("""
                select i.id, i.kind from training_survey_item i join training_survey s on s.id = i.survey_id
                where s.class_id = ? and s.kind = 'FOLLOW_UP' order by i.position
                """, (rs, n) -> new Item(rs.getLong(1), rs.getString(2)), closed.classId())) {
            switch (item.kind()) {
                case "SCALE_5" -> page.click("label[for=item" + item.id() + "-4]");
                case "SCALE_10" -> page.click("label[for=item" + item.id() + "-8]");
                default -> page.fill("#item" + item.id(), "Handles licensing negotiations on her own now.");
            }
        }
        screenshot("SurveyBrowserTests-follow-up-form-en");
        page.click("#follow-up-submit");
        assertThat(page.locator("#follow-up-thanks")).containsText("Thank you");
        page.navigate(link.replaceFirst("^https?://[^/]+", url("")) + "?lang=zh-CN");
        assertThat(page.locator("#follow-up-invalid")).containsText("已使用");
        screenshot("SurveyBrowserTests-follow-up-used-zh");
    }

    @Test
    void theBaseEntersTestScoresAndTheNationalAdministratorKeepsTheQuestionnaire() {
        ClosedClasses classes = closedClasses.getObject();
        ClosedClasses.Closed closed = classes.close(classes.base("320100"), 3, 1);
        signIn(closed.base().manager().username(), TestAccounts.PASSWORD);
        page.navigate(url("/classes/" + closed.classId() + "/tests?lang=zh-CN"));
        List<Long> enrollments = closed.enrollmentIds();
        page.fill("#pre" + enrollments.get(0), "55");
        page.fill("#post" + enrollments.get(0), "78.5");
        page.fill("#pre" + enrollments.get(1), "62");
        page.fill("#post" + enrollments.get(1), "130");
        // past the browser's own check of the field's range, to the platform's
        page.locator("#test-form").evaluate("form => form.noValidate = true");
        page.click("#save-tests");
        assertThat(page.locator("#test-errors")).containsText("0 到 100");
        assertThat(page.locator("#post" + enrollments.get(1))).hasValue("130");
        page.fill("#post" + enrollments.get(1), "80");
        page.click("#save-tests");
        assertThat(page.locator("#test-mean-gain")).hasText("+20.8");
        screenshot("SurveyBrowserTests-tests-zh");
        signOut();

        UserSummary national = classes.national();
        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/training/questionnaires?lang=zh-CN"));
        assertThat(page.locator("#questionnaire-items input[name=textZh]").first()).hasValue("培训内容的针对性和实用性");
        screenshot("SurveyBrowserTests-questionnaire-zh");
        page.navigate(url("/training/questionnaires?kind=FOLLOW_UP&lang=en"));
        assertThat(page.locator("#questionnaire-kinds .active")).hasText("Employers' follow-up");
        page.fill("#new-zh", "");
        page.click("#add-item-submit");
        assertThat(page.locator("#add-errors")).containsText("Item (Chinese)");
        screenshot("SurveyBrowserTests-questionnaire-en");
    }

    private void answer(List<Item> items, int five, int ten, String comment) {
        for (Item item : items) {
            switch (item.kind()) {
                case "SCALE_5" -> page.click("label[for=item" + item.id() + "-" + five + "]");
                case "SCALE_10" -> page.click("label[for=item" + item.id() + "-" + ten + "]");
                default -> page.fill("#item" + item.id(), comment);
            }
        }
    }

    private void signOut() {
        page.click("#user-menu");
        page.click("#logout");
    }
}
