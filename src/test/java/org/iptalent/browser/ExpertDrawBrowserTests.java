package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An administrator draws experts for a matter in the browser: a party found by the search is avoided (its employee,
 * an expert of the category, is never drawn), the result shows the drawn and the reserves, a decline calls a reserve
 * in the declined expert's place, and the replay verifies the draw as identical; in Chinese, and once in English.
 */
@PlatformTest
class ExpertDrawBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;

    UserSummary national;
    ExpertPool pool;
    String category;
    OrganisationView party;
    long partyEmployee;
    List<Long> eligible = new ArrayList<>();

    @BeforeEach
    void data() {
        national = accounts.active("bexpert.nat", Role.NATIONAL_ADMIN, null);
        pool = new ExpertPool(context, national);
        category = pool.category("浏览器技术调查专家", "Browser technical investigators");
        party = pool.organisation("深圳被诉侵权公司", "440300");
        OrganisationView elsewhere = pool.organisation("苏州科技公司", "320500");
        String[] names = {"王海涛", "李静怡", "张明远", "陈思琪", "刘建华"};
        String[] regions = {"320500", "330100", "510100", "420100", "610100"};
        for (int i = 0; i < names.length; i++) {
            eligible.add(pool.expert(names[i], regions[i], elsewhere, category));
        }
        partyEmployee = pool.expert("赵当事", "440300", party, category);
    }

    @Test
    void anAdministratorDrawsWithAvoidanceDeclinesOneAndVerifiesTheDraw() {
        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/experts/draws/new"));
        drawForm("（2026）粤73知民初" + System.nanoTime() % 10000 + "号技术调查", "深圳被诉侵权");
        screenshot("expert/draw-form");
        page.click("#draw-submit");

        assertThat(page.locator(".alert-success")).containsText("抽取完成");
        assertDrawnWithAvoidance();
        screenshot("expert/draw");

        Locator declining = page.locator("#picks-table tr[data-state='SELECTED']").first();
        String declinedName = declining.locator("td").nth(1).textContent().strip();
        declining.locator(".pick-note").fill("开庭期间出差");
        declining.locator(".pick-decline").click();
        assertThat(page.locator(".alert-success")).containsText("已谢绝");
        assertThat(page.locator("#picks-table tr[data-state='DECLINED']")).containsText("开庭期间出差");
        assertThat(page.locator("#picks-table tr[data-state='SELECTED'] .replaces")).containsText("递补 " + declinedName);
        assertThat(page.locator("#picks-table tr[data-state='SELECTED']")).hasCount(2);
        assertThat(page.locator("#picks-table tr[data-state='RESERVE']")).hasCount(1);

        page.click("#draw-replay");
        assertThat(page.locator("#replay")).containsText("复核一致");
        screenshot("expert/draw-declined-replayed");

        page.navigate(url("/experts/draws"));
        assertThat(page.locator("#draws-table")).containsText("技术调查");
        screenshot("expert/draws");

        // a confirmation opens the engagement, which the expert's profile offers to evaluate
        page.goBack();
        Locator confirming = page.locator("#picks-table tr[data-state='SELECTED']").first();
        String confirmedExpert = confirming.getAttribute("data-expert");
        confirming.locator(".pick-confirm").click();
        assertThat(page.locator("#picks-table tr[data-expert='" + confirmedExpert + "']"))
                .hasAttribute("data-state", "CONFIRMED");
        page.navigate(url("/experts/" + confirmedExpert));
        assertThat(page.locator("#engagements .evaluation-form")).hasCount(1);
        screenshot("expert/profile");

        page.navigate(url("/experts/new"));
        page.fill("#talentQuery", "王海涛");
        assertThat(page.locator("#talentId option").first()).containsText("王海涛");
        screenshot("expert/appoint");
    }

    @Test
    void inEnglish() {
        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/experts/draws/new?lang=en"));
        assertThat(page.locator("h1")).containsText("Draw experts");
        drawForm("Mediation of case (2026) Hu 73 No. " + System.nanoTime() % 10000, "深圳被诉侵权");
        page.click("#draw-submit");
        assertThat(page.locator(".alert-success")).containsText("Experts drawn.");
        assertDrawnWithAvoidance();

        Locator declining = page.locator("#picks-table tr[data-state='SELECTED']").first();
        String declinedName = declining.locator("td").nth(1).textContent().strip();
        declining.locator(".pick-decline").click();
        assertThat(page.locator("#picks-table tr[data-state='SELECTED'] .replaces"))
                .containsText("in place of " + declinedName);
        page.click("#draw-replay");
        assertThat(page.locator("#replay")).containsText("Verified");
        screenshot("expert/draw-en");

        page.locator("#picks-table tr[data-state='SELECTED'] a").first().click();
        assertThat(page.locator("#expert-categories")).containsText("Browser technical investigators");
        screenshot("expert/profile-en");
    }

    private void drawForm(String matter, String partySearch) {
        page.fill("#matter", matter);
        page.selectOption("#matterKind", "TECHNICAL_INVESTIGATION");
        page.selectOption("[id='requirements0.category']", category);
        page.fill("[id='requirements0.count']", "2");
        page.fill("#partyQuery", partySearch);
        page.locator("#found-" + party.id()).check();
        page.fill("#reserves", "2");
    }

    /** Two drawn and two reserves, all eligible, never the party's employee; five were eligible. */
    private void assertDrawnWithAvoidance() {
        assertThat(page.locator("#picks-table tbody tr")).hasCount(4);
        assertThat(page.locator("#picks-table tr[data-expert='" + partyEmployee + "']")).hasCount(0);
        for (String expert : page.locator("#picks-table tbody tr").all().stream()
                .map(r -> r.getAttribute("data-expert")).toList()) {
            assertThat(eligible).contains(Long.parseLong(expert));
        }
        assertThat(page.locator("#requirements-table tr[data-requirement='0'] td").nth(4)).hasText("5");
        assertThat(page.locator("#draw-parties")).containsText("深圳被诉侵权公司");
    }
}
