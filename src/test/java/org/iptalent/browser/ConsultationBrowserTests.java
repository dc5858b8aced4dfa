package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.iptalent.expert.committee.AdvisoryCommittee.Level;
import org.iptalent.expert.committee.CommitteeMember.Role;
import org.iptalent.expert.committee.Committees;
import org.iptalent.expert.committee.Committees.CommitteeSummary;
import org.iptalent.expert.committee.Committees.NewCommittee;
import org.iptalent.expert.committee.Committees.NewMember;
import org.iptalent.expert.committee.ConsultationRecords;
import org.iptalent.expert.committee.ConsultationRecords.Draft;
import org.iptalent.expert.committee.ConsultationViews.ConsultationView;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.Totp;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A committee member answers a consultation in the browser through the talent's account (seeing only their own
 * opinion, which they change once); after the deadline the administrator sees who answered and who not, closes it,
 * writes the summary and archives it, the tally counted by the platform; the archive read once in English.
 */
@PlatformTest
class ConsultationBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Committees committees;
    @Autowired
    ConsultationRecords consultations;
    @Autowired
    ExpertRecords experts;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMemberAnswersAndTheAdministrationSummarisesAndArchives() {
        UserSummary national = accounts.active("bcommittee.nat", org.iptalent.shared.Role.NATIONAL_ADMIN, null);
        ExpertPool pool = new ExpertPool(context, national);
        String category = pool.category("浏览器咨询委员", "Browser committee members");
        OrganisationView employer = pool.organisation("中国知识产权研究会", "110000");
        long answering = pool.expert("孙答复", "110000", employer, category);
        long silent = pool.expert("周未答", "310000", employer, category);
        CommitteeSummary committee = TestAccounts.as(national, () -> committees.create(new NewCommittee(
                "浏览器测试咨询委员会" + System.nanoTime(), Level.NATIONAL, null, LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(2))));
        TestAccounts.as(national, () -> committees.appoint(committee.id(), new NewMember(answering, Role.CHAIR,
                null, null)));
        TestAccounts.as(national, () -> committees.appoint(committee.id(), new NewMember(silent, null, null, null)));
        UserSummary member = accounts.active("bcommittee.member", org.iptalent.shared.Role.TALENT, "110000");
        long talentId = TestAccounts.as(national, () -> experts.get(answering)).talentId();
        TestAccounts.as(national, () -> {
            talentAccounts.link(talentId, member.username());
            return null;
        });
        String title = "关于地理标志保护条例的咨询" + System.nanoTime() % 10000;
        ConsultationView draft = TestAccounts.as(national, () -> consultations.create(committee.id(), new Draft(
                title, "请就条例草案第十条提出意见。", Instant.now().plus(Duration.ofHours(1)))));
        TestAccounts.as(national, () -> consultations.open(draft.id()));

        signIn(member.username(), TestAccounts.PASSWORD);
        page.navigate(url("/experts/committees/consultations/mine"));
        page.locator("#my-consultations-table tr[data-consultation='" + draft.id() + "'] a").click();
        assertThat(page.locator("#consultation-question")).containsText("第十条");
        page.check("#position-AGREE");
        page.fill("#text", "原则同意");
        page.click("#answer-submit");
        assertThat(page.locator(".alert-success")).containsText("已");
        page.check("#position-AGREE_WITH_CHANGES");
        page.fill("#text", "建议第十条增加过渡期");
        page.click("#answer-submit");
        assertThat(page.locator("#own-opinion")).containsText("修改后同意");
        assertThat(page.locator("#own-opinion")).containsText("建议第十条增加过渡期");
        screenshot("expert/consultation-answer");
        page.click("#user-menu");
        page.click("#logout");

        clock.advance(Duration.ofHours(2));
        signIn(national.username(), TestAccounts.PASSWORD);
        // the authenticator's code for the platform's time, which the test moved past the deadline
        String secret = page.textContent("#enrol-secret").replace(" ", "").trim();
        page.fill("#code", Totp.code(secret, clock.instant()));
        page.click("#enrol-submit");
        page.waitForSelector("#recovery-codes");
        page.click("#recovery-done");
        page.navigate(url("/experts/committees/" + committee.id()));
        assertThat(page.locator("#members-table tbody tr")).hasCount(2);
        page.locator("#consultations-table tr[data-consultation='" + draft.id() + "'] a").click();
        assertThat(page.locator("#opinions-table tr[data-expert='" + answering + "']")).containsText("建议第十条增加过渡期");
        assertThat(page.locator("#opinions-table tr[data-expert='" + silent + "']")).containsText("未答复");
        page.click("#consultation-close");
        assertThat(page.locator("#consultation-state")).hasAttribute("data-state", "CLOSED");
        page.click("#consultation-archive");
        assertThat(page.locator("#state-errors")).containsText("归档前须填写意见汇总");
        page.fill("#summary-input", "委员建议增加过渡期，一人未答复。");
        page.click("#summary-save");
        page.click("#consultation-archive");
        assertThat(page.locator("#consultation-state")).hasAttribute("data-state", "ARCHIVED");
        assertThat(page.locator("#summary-text")).containsText("增加过渡期");
        assertThat(page.locator("#tally-table tr[data-position='AGREE_WITH_CHANGES'] td")).hasText("1");
        assertThat(page.locator("#tally-table tr[data-position='NONE'] td")).hasText("1");
        screenshot("expert/consultation-archived");

        page.navigate(url("/experts/committees/" + committee.id()));
        assertThat(page.locator("#consultations-table tr[data-consultation='" + draft.id() + "']"))
                .containsText("委员建议增加过渡期");
        page.navigate(url("/experts/committees/consultations/" + draft.id() + "?lang=en"));
        assertThat(page.locator("#consultation-state")).hasText("Archived");
        assertThat(page.locator("#tally-table")).containsText("Agree with changes");
        screenshot("expert/consultation-archived-en");
    }
}
