package org.iptalent.expert.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The supervisors' feed tells each step of a draw in order, newest first; an auditor and the drawing province's
 * administration see it, another province's administration does not, and a talent may not watch at all. The
 * auditor, who has no business region of its own, oversees every draw: the feed, the list and each draw's page.
 */
@PlatformTest
class DrawFeedTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ExpertDraws draws;
    @Autowired
    DrawAnswers answers;
    @Autowired
    DrawFeed feed;
    @Autowired
    DrawList list;

    @Test
    void eachStepOfADrawInOrderForThoseWhoMayWatchIt() {
        UserSummary national = accounts.active("feed.nat", Role.NATIONAL_ADMIN, null);
        UserSummary guangdong = accounts.active("feed.gd", Role.PROVINCIAL_ADMIN, "440000");
        UserSummary zhejiang = accounts.active("feed.zj", Role.PROVINCIAL_ADMIN, "330000");
        UserSummary auditor = accounts.active("feed.aud", Role.AUDITOR, null);
        UserSummary talent = accounts.active("feed.tal", Role.TALENT, "440100");
        ExpertPool pool = new ExpertPool(context, national);
        String category = pool.category("动态测试专家", "Feed test experts");
        OrganisationView employer = pool.organisation("广州鉴定所", "440100");
        for (String name : List.of("黄立新", "林佳", "何志远")) {
            pool.expert(name, "440100", employer, category);
        }
        String matter = "粤知调" + System.nanoTime();
        DrawView draw = TestAccounts.as(guangdong, () -> draws.open(new DrawRequest(matter,
                DrawRequest.MatterKind.MEDIATION, List.of(new DrawRequest.Requirement(category, null, 2)),
                DrawRequest.RegionRule.ANY, null, List.of(), 1, null, null, null, null)));
        DrawView.PickView declined = draw.picks().stream().filter(p -> p.state() == DrawPick.State.SELECTED)
                .findFirst().orElseThrow();
        DrawView.PickView confirmed = draw.picks().stream().filter(p -> p.state() == DrawPick.State.SELECTED)
                .skip(1).findFirst().orElseThrow();
        TestAccounts.as(guangdong, () -> answers.answer(draw.id(), confirmed.id(), true, null));
        TestAccounts.as(guangdong, () -> answers.answer(draw.id(), declined.id(), false, "回避"));

        List<DrawFeed.Step> seen = TestAccounts.as(auditor, () -> feed.latest()).stream()
                .filter(s -> s.drawId() == draw.id()).toList();
        assertThat(seen).extracting(DrawFeed.Step::kind).containsExactlyInAnyOrder(DrawFeed.Kind.OPENED,
                DrawFeed.Kind.CONFIRMED, DrawFeed.Kind.DECLINED, DrawFeed.Kind.RESERVE_CALLED);
        assertThat(seen.get(seen.size() - 1).kind()).isEqualTo(DrawFeed.Kind.OPENED);
        List<DrawFeed.Kind> order = seen.stream().map(DrawFeed.Step::kind).toList();
        assertThat(order.indexOf(DrawFeed.Kind.RESERVE_CALLED)).as("the reserve answers the decline: newer")
                .isLessThan(order.indexOf(DrawFeed.Kind.DECLINED));
        DrawFeed.Step opened = seen.get(seen.size() - 1);
        assertThat(opened.selectedCount()).isEqualTo(2);
        assertThat(opened.eligibleCount()).isEqualTo(3);
        DrawFeed.Step reserve = seen.stream().filter(s -> s.kind() == DrawFeed.Kind.RESERVE_CALLED).findFirst()
                .orElseThrow();
        assertThat(reserve.replacedName()).isEqualTo(declined.name());
        assertThat(seen.stream().filter(s -> s.kind() == DrawFeed.Kind.DECLINED).findFirst().orElseThrow().note())
                .isEqualTo("回避");

        // the auditor supervises every draw: it opens the draw and finds it in the list too
        assertThat(TestAccounts.as(auditor, () -> draws.get(draw.id())).picks()).hasSize(3);
        assertThat(TestAccounts.as(auditor, () -> list.page(0)).getContent()).anyMatch(r -> r.id() == draw.id());
        assertThat(TestAccounts.as(guangdong, () -> feed.latest())).anyMatch(s -> s.drawId() == draw.id());
        assertThat(TestAccounts.as(national, () -> feed.latest())).anyMatch(s -> s.drawId() == draw.id());
        assertThat(TestAccounts.as(zhejiang, () -> feed.latest())).noneMatch(s -> s.drawId() == draw.id());
        assertThatThrownBy(() -> TestAccounts.as(talent, () -> feed.latest()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
