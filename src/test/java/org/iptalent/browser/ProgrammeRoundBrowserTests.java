package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.programme.round.ProgrammeCatalogue;
import org.iptalent.programme.round.ProgrammeInput;
import org.iptalent.programme.round.ProgrammeView;
import org.iptalent.programme.round.RoundInput;
import org.iptalent.programme.round.RoundPlanning;
import org.iptalent.programme.round.RoundReview;
import org.iptalent.programme.round.SelectionRound;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A talent-programme round in the browser from nomination to selection: a province searches its talent and
 * nominates them with a statement and achievements, the national administrator closes nominations and draws the
 * reviewers, a drawn reviewer scores on their own sheet, the administrator publishes the proposed talent and, once the
 * notice has closed, concludes; the selection shows on the talent's profile and in the count by province.
 */
@PlatformTest
class ProgrammeRoundBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ProgrammeCatalogue catalogue;
    @Autowired
    RoundPlanning planning;
    @Autowired
    RoundReview review;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary national;
    UserSummary guangdong;
    ProgrammeView programme;
    SelectionRound round;
    String category;
    TalentView nominee;
    String nomineeName;
    List<Long> experts;

    @BeforeEach
    void data() {
        national = accounts.active("bprog.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("bprog.gd", Role.PROVINCIAL_ADMIN, "440000");
        ExpertPool pool = new ExpertPool(context, national);
        String code = "BROWSER_" + System.nanoTime() % 1_000_000_000L;
        programme = TestAccounts.as(national, () -> catalogue.create(new ProgrammeInput(code,
                "浏览器领军人才" + code.substring(8), null, "浏览器测试用人才计划")));
        round = TestAccounts.as(national, () -> planning.open(programme.id(), new RoundInput(2026, 2,
                LocalDate.now().plusDays(10), Map.of("440000", 2))));
        category = pool.category("计划评审专家", "Programme reviewers");
        OrganisationView employer = pool.organisation("广州知识产权研究院", "440100");
        nomineeName = "林知远" + System.nanoTime() % 10000;
        nominee = pool.talent(nomineeName, "440100", employer);
        OrganisationView elsewhere = pool.organisation("成都评审单位", "510100");
        experts = List.of(pool.expert("评审甲", "510100", elsewhere, category),
                pool.expert("评审乙", "420100", elsewhere, category));
    }

    @Test
    void aRoundGoesFromNominationToSelection() {
        page.onDialog(dialog -> dialog.accept());
        // a province nominates its talent
        signIn(guangdong.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/programmes"));
        page.click("text=" + programme.name());
        page.click("#rounds a");
        assertThat(page.locator("#quota-text")).containsText("名额 2 个");
        page.fill("#q", nomineeName);
        page.click("#candidate-search button");
        page.locator(".candidate[data-talent='" + nominee.id() + "'] .statement").fill("长期从事专利代理与运营");
        page.locator(".candidate[data-talent='" + nominee.id() + "'] .achievements").fill("代理发明专利三百余件");
        screenshot("programme/nominate");
        page.locator(".candidate[data-talent='" + nominee.id() + "'] button[type=submit]").click();
        assertThat(page.locator(".alert-success")).containsText("已推荐");
        assertThat(page.locator("#nominations")).containsText(nomineeName);
        assertThat(page.locator("#quota-text")).containsText("尚余 1 个");
        logout();

        // the national administrator closes the nominations and draws the reviewers
        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/programmes/rounds/" + round.getId()));
        page.click("#start-review");
        assertThat(page.locator("#round-state")).hasText("专家评审中");
        page.selectOption("#category", category);
        page.fill("#count", "2");
        page.click("#draw-panel");
        assertThat(page.locator("#reviewers .reviewer")).hasCount(2);
        screenshot("programme/panel");
        logout();

        // a drawn reviewer scores on their own sheet; the second scores too
        UserSummary reviewer = reviewerAccount(experts.get(0));
        UserSummary second = reviewerAccount(experts.get(1));
        signIn(reviewer.username(), TestAccounts.PASSWORD);
        page.navigate(url("/programmes/reviews"));
        page.locator("#review-rounds a").first().click();
        assertThat(page.locator("#review-progress")).containsText("0 / 1");
        page.locator(".review-nomination .score").fill("88");
        page.locator(".review-nomination .comment").fill("业绩扎实");
        page.locator(".review-nomination .save-score").click();
        assertThat(page.locator(".alert-success")).containsText("评分已保存");
        assertThat(page.locator("#review-progress")).containsText("1 / 1");
        screenshot("programme/review");
        logout();
        long nominationId = jdbc.queryForObject("select id from programme_nomination where round_id = ?", Long.class,
                round.getId());
        TestAccounts.as(second, () -> review.score(nominationId, 92, null));

        // the administrator (another of the national office, signing in for the first time) publishes the proposed
        // talent, and concludes once the notice has closed
        UserSummary colleague = accounts.active("bprog.nat2", Role.NATIONAL_ADMIN, null);
        signIn(colleague.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/programmes/rounds/" + round.getId()));
        assertThat(page.locator(".nomination .mean")).containsText("90");
        page.fill("#proposed", "1");
        page.click("#publish-notice");
        assertThat(page.locator("#round-state")).hasText("公示中");
        assertThat(page.locator(".nomination .proposed")).hasCount(1);
        jdbc.update("update public_notice set opens_on = opens_on - 10, closes_on = closes_on - 10 where id = "
                + "(select notice_id from programme_round where id = ?)", round.getId());
        page.reload();
        assertThat(page.locator("#notice-open")).hasText("公示期已结束。");
        page.click("#conclude");
        assertThat(page.locator("#round-state")).hasText("已结束");
        assertThat(page.locator(".nomination .selected")).hasCount(1);
        screenshot("programme/concluded");

        page.navigate(url("/talents/" + nominee.id()));
        assertThat(page.locator("#programme-selections")).containsText(programme.name());
        assertThat(page.locator("#programme-selections")).containsText("2026");
        page.navigate(url("/programmes/selections?programmeId=" + programme.id()));
        assertThat(page.locator("#selections-table tr[data-province='440000'] .count")).hasText("1");
        assertThat(page.locator("#selections-chart canvas")).hasCount(1);
        screenshot("programme/selections");

        page.navigate(url("/programmes/rounds/" + round.getId() + "?lang=en"));
        assertThat(page.locator("#round-state")).hasText("Concluded");
        assertThat(page.locator(".nomination .selected")).hasText("Selected");
        screenshot("programme/concluded-en");
    }

    private void logout() {
        page.click("#user-menu");
        page.click("#logout");
    }

    private UserSummary reviewerAccount(long expertId) {
        long talentId = jdbc.queryForObject("select talent_id from expert where id = ?", Long.class, expertId);
        UserSummary account = accounts.active("bprog.rev", Role.TALENT, "510100");
        TestAccounts.as(national, () -> {
            talentAccounts.link(talentId, account.username());
            return null;
        });
        return account;
    }
}
