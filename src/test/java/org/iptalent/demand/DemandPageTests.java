package org.iptalent.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.iptalent.demand.report.DemandInput;
import org.iptalent.demand.report.DemandReports;
import org.iptalent.demand.round.SurveyRound;
import org.iptalent.demand.round.SurveyRounds;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demand pages in the browser's way: an administration links an employer's account on the rounds page (another
 * province's organisation refused in words), opens a round and tracks it; the employer reports on the form (a bad
 * count refused in words, the form kept), lists its needs and sees the supply with small counts hidden.
 */
@PlatformTest
class DemandPageTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    SurveyRounds rounds;
    @Autowired
    DemandReports reports;
    @Autowired
    JdbcTemplate jdbc;

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    @Test
    void anAdministrationLinksAnEmployerWhoReportsOnTheFormAndSeesTheSupply() {
        int year = 2075;
        UserSummary yunnan = accounts.active("dmp.yn", Role.PROVINCIAL_ADMIN, "530000");
        OrganisationView kunming = TestAccounts.as(yunnan, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("昆明需求页面"), "ENTERPRISE", TestIdentities.creditCode(), "530100", "65")));
        UserSummary guizhou = accounts.active("dmp.gz", Role.PROVINCIAL_ADMIN, "520000");
        OrganisationView guiyang = TestAccounts.as(guizhou, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("贵阳需求页面"), "ENTERPRISE", TestIdentities.creditCode(), "520100", "65")));
        UserSummary employer = accounts.active("dmp.emp", Role.EMPLOYER, "530000");

        Http admin = new Http(port);
        admin.signInEnrolling(yunnan.username(), TestAccounts.PASSWORD);
        assertThat(admin.get("/demand/rounds").status()).isEqualTo(200);
        admin.postForm("/demand/rounds", "/demand/employers", form("username", employer.username(), "creditCode",
                guiyang.creditCode()));
        assertThat(admin.get("/demand/rounds").body()).contains("不在您的管辖范围内");
        admin.postForm("/demand/rounds", "/demand/employers", form("username", employer.username(), "creditCode",
                kunming.creditCode()));
        assertThat(admin.get("/demand/rounds").body()).contains("已关联用人单位账号");
        Http.Response opened = admin.postForm("/demand/rounds", "/demand/rounds", form("year",
                String.valueOf(year)));
        assertThat(opened.status()).isEqualTo(302);
        SurveyRound round = TestAccounts.as(yunnan, () -> rounds.list()).stream()
                .filter(r -> r.getYear() == year).findFirst().orElseThrow();
        String tracking = admin.get("/demand/rounds/" + round.getId()).body();
        assertThat(tracking).contains(kunming.name(), "尚未填报的单位");
        assertThat(admin.get("/demand/new").body()).contains("统一社会信用代码");

        Http browser = new Http(port);
        browser.login(employer.username(), TestAccounts.PASSWORD);
        Http.Response refused = browser.postForm("/demand/new", "/demand", form("year", String.valueOf(year),
                "horizon", "Y1", "regionCode", "530100", "industryCode", "65", "category", "APP_PATENT_AGENT",
                "education", "MASTER", "count", "12000"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("需求人数“12000”须在 0 到 10000 之间", "value=\"12000\"");
        Http.Response reported = browser.postForm("/demand/new", "/demand", form("year", String.valueOf(year),
                "horizon", "Y1", "regionCode", "530100", "industryCode", "65", "category", "APP_PATENT_AGENT",
                "education", "MASTER", "count", "12"));
        assertThat(reported.status()).isEqualTo(302);
        String list = browser.get("/demand?year=" + year).body();
        assertThat(list).contains(kunming.name(), "1年内", "需求已填报");
        assertThat(admin.get("/demand/rounds/" + round.getId()).body()).doesNotContain(kunming.name());

        String supply = browser.get("/demand/supply").body();
        assertThat(supply).contains("人才供给统计", "少于 5 人的数字不予显示", "supply-table");
        // an employer's account sees no administration's page
        assertThat(browser.get("/demand/rounds").status()).isIn(403, 404);
        assertThat(TestAccounts.as(employer, () -> reports.report(new DemandInput(null, year, "NOW", "530100", "65",
                "APPLICATION", "APP_OPERATION", null, "BACHELOR", 1))).organisationId()).isEqualTo(kunming.id());
    }
}
