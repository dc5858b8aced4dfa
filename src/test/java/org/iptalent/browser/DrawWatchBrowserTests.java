package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.assertions.LocatorAssertions;
import org.iptalent.expert.draw.DrawAnswers;
import org.iptalent.expert.draw.DrawRequest;
import org.iptalent.expert.draw.DrawView;
import org.iptalent.expert.draw.ExpertDraws;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A supervisor (the auditor) watches the draws live: with the page open and nobody reloading it, an administration's
 * draw, an expert's decline and the reserve called in its place appear as they happen; in Chinese, then in English.
 */
@PlatformTest
class DrawWatchBrowserTests extends BrowserTest {

    /** The feed reloads every 5 s: a step shows within two reloads. */
    private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(15_000);

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ExpertDraws draws;
    @Autowired
    DrawAnswers answers;

    @Test
    void theAuditorSeesADrawItsDeclineAndTheReserveAsTheyHappen() {
        UserSummary national = accounts.active("watch.nat", Role.NATIONAL_ADMIN, null);
        UserSummary auditor = accounts.active("watch.aud", Role.AUDITOR, null);
        ExpertPool pool = new ExpertPool(context, national);
        String category = pool.category("监督测试调解专家", "Oversight test mediators");
        OrganisationView employer = pool.organisation("杭州调解中心", "330100");
        for (String name : List.of("周文斌", "吴晓红", "郑国强")) {
            pool.expert(name, "330100", employer, category);
        }

        signIn(auditor.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/"));
        page.locator("nav a[href='/experts/draws/live']").first().click();
        assertThat(page.locator("h1")).hasText("抽取实时监督");

        String matter = "（2026）浙调字第" + System.nanoTime() % 100000 + "号调解";
        DrawView draw = TestAccounts.as(national, () -> draws.open(new DrawRequest(matter,
                DrawRequest.MatterKind.MEDIATION, List.of(new DrawRequest.Requirement(category, null, 1)),
                DrawRequest.RegionRule.ANY, null, List.of(), 1, null, null, null, null)));
        assertThat(page.locator("#draw-feed-table tr[data-step='OPENED'][data-draw='" + draw.id() + "']"))
                .containsText("抽中 1 人，符合条件 3 人", SOON);

        DrawView.PickView selected = draw.picks().stream()
                .filter(p -> p.state() == org.iptalent.expert.draw.DrawPick.State.SELECTED).findFirst().orElseThrow();
        TestAccounts.as(national, () -> answers.answer(draw.id(), selected.id(), false, "时间冲突"));
        assertThat(page.locator("#draw-feed-table tr[data-step='DECLINED'][data-draw='" + draw.id() + "']"))
                .containsText(selected.name() + " · 时间冲突", SOON);
        assertThat(page.locator("#draw-feed-table tr[data-step='RESERVE_CALLED'][data-draw='" + draw.id() + "']"))
                .containsText("递补 " + selected.name(), SOON);
        screenshot("expert/draws-live");

        page.navigate(url("/experts/draws/live?lang=en"));
        assertThat(page.locator("h1")).hasText("Draws, live");
        assertThat(page.locator("#draw-feed-table tr[data-step='RESERVE_CALLED'][data-draw='" + draw.id() + "']"))
                .containsText("in place of " + selected.name());
        screenshot("expert/draws-live-en");
        page.navigate(url("/experts/draws/live?lang=zh-CN"));
    }
}
