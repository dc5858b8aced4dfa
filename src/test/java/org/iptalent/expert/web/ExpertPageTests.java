package org.iptalent.expert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.iptalent.expert.draw.DrawAnswers;
import org.iptalent.expert.draw.DrawView;
import org.iptalent.expert.draw.ExpertDraws;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The expert pages as a browser gets them: the navigation link; the appointment form refusing field by field and
 * appointing; the profile's small forms (standing, conflict, leave, evaluation) each refused in words at its place;
 * the draw form refusing a blank form, party ids that are no numbers and a draw the pool cannot meet (under that
 * requirement), then drawing; the draw's page, its answers and replay, and the list; in Chinese and English.
 */
@PlatformTest
class ExpertPageTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ExpertDraws draws;
    @Autowired
    DrawAnswers answers;

    UserSummary national;
    ExpertPool pool;
    String category;
    OrganisationView employer;

    @BeforeEach
    void data() {
        national = accounts.active("epage.nat", Role.NATIONAL_ADMIN, null);
        pool = new ExpertPool(context, national);
        category = pool.category("页面测试专家", "Page test experts");
        employer = pool.organisation("页面测试单位", "320500");
    }

    @Test
    void anAppointmentIsRefusedFieldByFieldThenMadeAndTheProfileShowsIt() {
        Http http = signedIn();
        assertThat(http.get("/").body()).contains("href=\"/experts\"");
        Http.Response empty = http.postForm("/experts/new", "/experts/new",
                "talentQuery=&termStartsOn=2026-01-01&termEndsOn=2025-01-01&ipcClasses=Z99&availability=AVAILABLE");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"talentId-feedback\"", "id=\"termEndsOn-feedback\"",
                "id=\"categories-feedback\"", "id=\"ipcClasses-feedback\"", "id=\"duties-feedback\"",
                "请至少选择一个专家类别。", "“Z99”不是国际专利分类");

        TalentView talent = pool.talent("页面聘任" + System.nanoTime() % 10000, "320500", employer);
        assertThat(http.get("/experts/talents?talentQuery=" + talent.id()).body()).contains(talent.name());
        Http.Response appointed = http.postForm("/experts/new", "/experts/new", "talentId=" + talent.id()
                + "&termStartsOn=" + LocalDate.now() + "&termEndsOn=" + LocalDate.now().plusYears(2)
                + "&categories=" + category + "&ipcClasses=" + enc("g06，H04") + "&duties=MEDIATOR&duties=TEACHER"
                + "&availability=LIMITED&languages=" + enc("英语") + "&achievements=" + enc("主持调解案件 40 余件"));
        assertThat(appointed.status()).isEqualTo(302);
        String profile = java.net.URI.create(appointed.header("Location")).getPath();
        Http.Response shown = http.get(profile);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains(talent.name(), "专家已聘任。", "页面测试专家", "G06", "H04", "调解员",
                "主持调解案件 40 余件", "尚无评价。");
        Http.Response english = http.get(profile + "?lang=en");
        assertThat(english.body()).contains("Page test experts", "Mediator", "Declared conflicts of interest",
                "Not evaluated yet.");
        http.get(profile + "?lang=zh-CN");
    }

    @Test
    void theProfilesFormsSayWhatTheyRefuse() {
        Http http = signedIn();
        long expert = pool.expert("表单专家" + System.nanoTime() % 10000, "320500", employer, category);
        String page = "/experts/" + expert;
        String version = version(http.get(page).body());

        assertThat(http.postForm(page, page + "/transitions", "version=" + version + "&transition=SUSPEND&reason=")
                .status()).isEqualTo(302);
        assertThat(http.get(page).body()).contains("id=\"transition-errors\"", "理由：请填写原因。");
        http.postForm(page, page + "/transitions", "version=" + version + "&transition=SUSPEND&reason="
                + enc("涉嫌违规，调查中"));
        Http.Response suspended = http.get(page);
        assertThat(suspended.body()).contains("专家状态已变更。", "涉嫌违规，调查中", "暂停");

        http.postForm(page, page + "/conflicts", "organisationId=99999999&note=");
        assertThat(http.get(page).body()).contains("id=\"conflict-errors\"", "机构编号：没有编号为 99999999 的机构。");
        http.postForm(page, page + "/leaves", "startsOn=2026-05-10&endsOn=2026-05-01&reason=");
        assertThat(http.get(page).body()).contains("id=\"leave-errors\"", "请假结束日期不能早于开始日期。");
        http.postForm(page, page + "/leaves", "startsOn=2026-05-01&endsOn=2026-05-10&reason=" + enc("出国访问"));
        assertThat(http.get(page).body()).contains("请假已登记。", "出国访问");
    }

    @Test
    void theDrawFormRefusesThenDrawsAndTheDrawPageAnswersAndReplays() {
        Http http = signedIn();
        for (int i = 0; i < 3; i++) {
            pool.expert("抽取页面" + i + "-" + System.nanoTime() % 10000, "320500", employer, category);
        }
        Http.Response blank = http.postForm("/experts/draws/new", "/experts/draws/new",
                "matter=&regionRule=ANY&partyIds=abc&requirements%5B0%5D.category=&requirements%5B0%5D.count=");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("id=\"partyIds-feedback\"", "机构编号是数字，用逗号分隔。");
        Http.Response missing = http.postForm("/experts/draws/new", "/experts/draws/new",
                "matter=&regionRule=ANY&requirements%5B0%5D.category=" + category + "&requirements%5B0%5D.count="
                        + "&requirements%5B1%5D.category=&requirements%5B1%5D.count=2");
        assertThat(missing.body()).contains("id=\"matter-feedback\"", "id=\"matterKind-feedback\"",
                "id=\"requirements[1].category-feedback\"", "id=\"requirements[0].count-feedback\"");
        Http.Response more = http.postForm("/experts/draws/new", "/experts/draws/new",
                "more=1&matter=x&regionRule=ANY&requirements%5B0%5D.category=" + category);
        assertThat(more.body()).contains("requirements[2].count").doesNotContain("requirements[3].count");

        String matter = "页面抽取" + System.nanoTime() % 100000;
        String form = "matter=" + enc(matter) + "&matterKind=MEDIATION&regionRule=ANY&reserves=1"
                + "&requirements%5B0%5D.category=" + category + "&requirements%5B0%5D.count=2"
                + "&requirements%5B1%5D.category=" + category + "&requirements%5B1%5D.count=50"
                + "&requirements%5B2%5D.category=&requirements%5B2%5D.count=";
        Http.Response unsatisfiable = http.postForm("/experts/draws/new", "/experts/draws/new", form);
        assertThat(unsatisfiable.status()).isEqualTo(200);
        assertThat(unsatisfiable.body()).contains("id=\"requirements[1].count-feedback\"", "第 2 项要求",
                "需要 50 名专家");

        Http.Response drawn = http.postForm("/experts/draws/new", "/experts/draws/new",
                form.replace("count=50", "count=").replace("%5B1%5D.category=" + category, "%5B1%5D.category="));
        assertThat(drawn.status()).isEqualTo(302);
        String drawPage = java.net.URI.create(drawn.header("Location")).getPath();
        Http.Response shown = http.get(drawPage);
        assertThat(shown.body()).contains("抽取完成。", matter, "调解", "随机种子", "确认参与");
        long drawId = Long.parseLong(drawPage.substring(drawPage.lastIndexOf('/') + 1));
        assertThat(http.get("/experts/draws").body()).contains(matter, "/experts/draws/" + drawId);

        DrawView view = TestAccounts.as(national, () -> draws.get(drawId));
        DrawView.PickView first = view.picks().get(0);
        http.postForm(drawPage, drawPage + "/picks/" + first.id(), "accept=false&note=" + enc("出差"));
        assertThat(http.get(drawPage).body()).contains("已谢绝", "递补 " + first.name());
        http.postForm(drawPage, drawPage + "/picks/" + first.id(), "accept=true");
        assertThat(http.get(drawPage).body()).contains("id=\"pick-errors\"", "该专家已答复");
        http.postForm(drawPage, drawPage + "/replay", "");
        assertThat(http.get(drawPage).body()).contains("id=\"replay\"", "复核一致");
        assertThat(http.get(drawPage + "?lang=en").body()).contains("Drawn experts", "in place of " + first.name(),
                "Verify (replay)");
        http.get(drawPage + "?lang=zh-CN");

        // the confirmed expert's engagement takes an evaluation on the profile; a missing score is refused
        DrawView.PickView second = view.picks().get(1);
        TestAccounts.as(national, () -> answers.answer(drawId, second.id(), true, null));
        String profile = "/experts/" + second.expertId();
        Http.Response withEngagement = http.get(profile);
        assertThat(withEngagement.body()).contains(matter, "evaluation-form");
        java.util.regex.Matcher engagement = java.util.regex.Pattern
                .compile("/engagements/(\\d+)/evaluation").matcher(withEngagement.body());
        assertThat(engagement.find()).isTrue();
        String evaluate = profile + "/engagements/" + engagement.group(1) + "/evaluation";
        http.postForm(profile, evaluate, "version=0&endsOn=" + LocalDate.now() + "&outcome=&quality=5&timeliness=");
        assertThat(http.get(profile).body()).contains("id=\"evaluation-errors\"", "及时性：必填项。");
        http.postForm(profile, evaluate, "version=0&endsOn=" + LocalDate.now() + "&outcome=" + enc("调解成功")
                + "&quality=5&timeliness=4&conduct=5");
        assertThat(http.get(profile).body()).contains("评价已保存。", "质量 5 · 及时性 4 · 履职表现 5", "4.7");
    }

    private Http signedIn() {
        Http http = new Http(port);
        http.signInEnrolling(national.username(), TestAccounts.PASSWORD);
        return http;
    }

    private static String version(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(body);
        return m.find() ? m.group(1) : "0";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
