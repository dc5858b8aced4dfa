package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;

import org.iptalent.expert.admission.AdmissionDecisions;
import org.iptalent.expert.admission.AdmissionInput;
import org.iptalent.expert.admission.AdmissionView;
import org.iptalent.expert.admission.ExpertAdmissions;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The national office re-reviews an application in the browser (an opinion, then "pass"), selects it in the queue of
 * re-reviewed applications and publishes the admission notice, which lists the talent; the public page shows it.
 */
@PlatformTest
class ExpertAdmissionBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ExpertAdmissions admissions;
    @Autowired
    AdmissionDecisions decisions;

    UserSummary national;
    TalentView talent;
    long applicationId;

    @BeforeEach
    void data() {
        national = accounts.active("badm.nat", Role.NATIONAL_ADMIN, null);
        UserSummary jiangsu = accounts.active("badm.js", Role.PROVINCIAL_ADMIN, "320000");
        ExpertPool pool = new ExpertPool(context, national);
        String category = pool.category("浏览器入库专家", "Browser admission experts");
        OrganisationView employer = pool.organisation("苏州纳米研究所", "320500");
        talent = pool.talent("周入库" + System.nanoTime() % 10_000, "320500", employer);
        AdmissionView application = TestAccounts.as(jiangsu, () -> admissions.submit(new AdmissionInput(talent.id(),
                Set.of(category), Set.of("B82"), Set.of(Duty.TECHNICAL_INVESTIGATOR), "纳米材料专利技术调查"),
                List.of()));
        TestAccounts.as(jiangsu, () -> decisions.review(application.id(), true, "材料齐全，同意推荐"));
        applicationId = application.id();
    }

    @Test
    void theNationalOfficeReReviewsAndPublishesTheNotice() {
        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/experts/admission?state=FIRST_REVIEW_PASSED"));
        assertThat(page.locator("#admission-queue")).containsText(talent.name());
        page.click("#application-" + applicationId + " a");
        assertThat(page.locator("#application-state")).containsText("初审通过，待复审");
        assertThat(page.locator("#application-history")).containsText("材料齐全，同意推荐");
        page.fill("#opinion", "复审同意入库");
        screenshot("expert/admission-review");
        page.click("#review-pass");
        assertThat(page.locator(".alert-success")).containsText("审核意见已保存");
        assertThat(page.locator("#application-state")).containsText("复审通过，待公示");

        page.navigate(url("/experts/admission?state=RE_REVIEW_PASSED"));
        page.check("#select-" + applicationId);
        page.fill("#title", "浏览器测试拟入库专家公示" + applicationId);
        screenshot("expert/admission-publish");
        page.click("#publish-submit");
        assertThat(page.locator("#notice-title")).containsText("浏览器测试拟入库专家公示" + applicationId);
        assertThat(page.locator("#notice-entries")).containsText(talent.name());
        assertThat(page.locator("#notice-entries")).containsText("苏州纳米研究所");

        page.navigate(url("/experts/admission/" + applicationId));
        assertThat(page.locator("#application-state")).containsText("公示中");
        assertThat(page.locator("#appoint-form")).isVisible();
        screenshot("expert/admission-in-notice");
    }
}
