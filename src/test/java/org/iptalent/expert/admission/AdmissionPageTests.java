package org.iptalent.expert.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentAccounts;
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
 * The admission pages as a browser gets them: a nomination refused field by field then made, its page with the
 * review form refusing a review without a decision then recording one; the queue by state, in both languages; a
 * talent's own page with the form; the API's list and review.
 */
@PlatformTest
class AdmissionPageTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    ApiTokens tokens;

    UserSummary national;
    UserSummary jiangsu;
    ExpertPool pool;
    String category;
    OrganisationView employer;

    @BeforeEach
    void data() {
        national = accounts.active("admpage.nat", Role.NATIONAL_ADMIN, null);
        jiangsu = accounts.active("admpage.js", Role.PROVINCIAL_ADMIN, "320000");
        pool = new ExpertPool(context, national);
        category = pool.category("入库页面专家", "Admission page experts");
        employer = pool.organisation("入库页面单位", "320500");
    }

    private Http signedIn(UserSummary user) {
        Http http = new Http(port);
        http.signInEnrolling(user.username(), TestAccounts.PASSWORD);
        return http;
    }

    @Test
    void aNominationIsRefusedThenMadeAndReviewedOnItsPage() {
        Http http = signedIn(jiangsu);
        assertThat(http.get("/").body()).contains("href=\"/experts/admission\"");
        Http.Response blank = http.postForm("/experts/admission/new", "/experts/admission/new",
                "talentQuery=&ipcClasses=Z99&statement=");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("id=\"talentId-feedback\"", "id=\"categories-feedback\"",
                "id=\"duties-feedback\"", "“Z99”不是国际专利分类");

        TalentView talent = pool.talent("页面推荐" + System.nanoTime() % 10_000, "320500", employer);
        Http.Response made = http.postForm("/experts/admission/new", "/experts/admission/new", "talentId="
                + talent.id() + "&categories=" + category + "&ipcClasses=" + enc("G06，H04") + "&duties=MEDIATOR"
                + "&statement=" + enc("长期从事专利调解"));
        assertThat(made.status()).isEqualTo(302);
        String page = java.net.URI.create(made.header("Location")).getPath();
        assertThat(http.get(page).body()).contains(talent.name(), "推荐已提交。", "待初审", "单位推荐", "G06",
                "长期从事专利调解", "初审");

        http.postForm(page, page + "/reviews", "opinion=" + enc("材料齐全"));
        assertThat(http.get(page).body()).contains("id=\"review-errors\"", "审核结论：必填项。");
        http.postForm(page, page + "/reviews", "passed=true&opinion=");
        assertThat(http.get(page).body()).contains("请填写审核意见。");
        http.postForm(page, page + "/reviews", "passed=true&opinion=" + enc("材料齐全，同意推荐"));
        Http.Response reviewed = http.get(page);
        assertThat(reviewed.body()).contains("审核意见已保存。", "初审通过，待复审", "材料齐全，同意推荐")
                .doesNotContain("id=\"review-form\"");

        assertThat(http.get("/experts/admission?state=FIRST_REVIEW_PASSED").body()).contains(talent.name());
        assertThat(http.get("/experts/admission?state=SUBMITTED").body()).doesNotContain(talent.name());
        assertThat(http.get("/experts/admission?state=FIRST_REVIEW_PASSED&lang=en").body())
                .contains("Expert admission", "First review passed, awaiting re-review", "Nomination");
        http.get("/experts/admission?lang=zh-CN");

        Http api = signedIn(national);
        String id = page.substring(page.lastIndexOf('/') + 1);
        assertThat(api.get("/experts/admission/" + id).body()).contains("id=\"review-pass\"", "复审");
    }

    @Test
    void aTalentSeesItsOwnPageWithTheForm() {
        TalentView talent = pool.talent("页面自荐" + System.nanoTime() % 10_000, "320500", employer);
        UserSummary account = accounts.active("admpage.talent", Role.TALENT, "320500");
        TestAccounts.as(national, () -> {
            talentAccounts.link(talent.id(), account.username());
            return null;
        });
        Http http = new Http(port);
        http.login(account.username(), TestAccounts.PASSWORD);
        Http.Response mine = http.get("/my/expert-application");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("提交入库申请", "id=\"application-form\"", "证明材料");
        assertThat(http.get("/").body()).contains("href=\"/my/expert-application\"");
        assertThat(http.get("/experts/admission").status()).isNotEqualTo(200);
        Http.Response refused = http.postForm("/my/expert-application", "/my/expert-application",
                "categories=" + category + "&duties=MEDIATOR");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("个人申请须上传至少一份证明材料。");
    }

    @Test
    void theApiNominatesListsAndReviews() {
        Http http = new Http(port);
        String provincial = "Bearer " + tokens.issue(jiangsu.id(), "test").token();
        TalentView talent = pool.talent("接口推荐" + System.nanoTime() % 10_000, "320500", employer);
        Http.Response invalid = http.postJson("/api/v1/expert-applications", java.util.Map.of("talentId",
                talent.id()), "Authorization", provincial);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("categories", "duties");
        Http.Response created = http.postJson("/api/v1/expert-applications", java.util.Map.of("talentId",
                talent.id(), "categories", java.util.List.of(category), "ipcClasses", java.util.List.of("G06"),
                "duties", java.util.List.of("MEDIATOR")), "Authorization", provincial);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(http.get("/api/v1/expert-applications?state=SUBMITTED&size=100", "Authorization", provincial)
                .body()).contains(talent.name());
        assertThat(http.postJson("/api/v1/expert-applications/" + id + "/reviews", java.util.Map.of("opinion", "x"),
                "Authorization", provincial).status()).isEqualTo(400);
        Http.Response reviewed = http.postJson("/api/v1/expert-applications/" + id + "/reviews",
                java.util.Map.of("passed", true, "opinion", "同意"), "Authorization", provincial);
        assertThat(reviewed.status()).isEqualTo(200);
        assertThat(reviewed.json().get("state").asText()).isEqualTo("FIRST_REVIEW_PASSED");
        String other = "Bearer " + tokens.issue(accounts.active("admpage.gd", Role.PROVINCIAL_ADMIN, "440000").id(),
                "test").token();
        assertThat(http.get("/api/v1/expert-applications/" + id, "Authorization", other).status()).isEqualTo(404);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
