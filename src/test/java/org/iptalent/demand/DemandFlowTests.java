package org.iptalent.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.iptalent.demand.report.DemandFilter;
import org.iptalent.demand.report.DemandInput;
import org.iptalent.demand.report.DemandReportView;
import org.iptalent.demand.report.DemandReports;
import org.iptalent.demand.report.EmployerAccounts;
import org.iptalent.demand.round.SurveyRound;
import org.iptalent.demand.round.SurveyRounds;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demand's flows: an employer reports for its own organisation only while its province's round is open, places in
 * its province; the round tracks who has not reported; another province sees none of it; the API refuses bad input
 * with problem details in Chinese and English; the aggregate for analytics counts what was reported.
 */
@PlatformTest
class DemandFlowTests {

    /** Years no other test or the demo uses, one per test so that rounds never meet. */
    private static final AtomicInteger YEARS = new AtomicInteger(2090);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    EmployerAccounts employers;
    @Autowired
    DemandReports reports;
    @Autowired
    SurveyRounds rounds;
    @Autowired
    DemandFigures figures;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    private static <T> T as(UserSummary user, java.util.function.Supplier<T> work) {
        return TestAccounts.as(user, work);
    }

    private OrganisationView organisation(UserSummary admin, String name, String region) {
        return as(admin, () -> organisations.create(new OrganisationInput(TestAccounts.uniqueName(name), "ENTERPRISE",
                TestIdentities.creditCode(), region, "65")));
    }

    private UserSummary employer(UserSummary admin, OrganisationView organisation) {
        UserSummary account = accounts.active("dm.emp", Role.EMPLOYER, organisation.regionCode().substring(0, 2)
                + "0000");
        as(admin, () -> {
            employers.link(account.id(), organisation.id());
            return null;
        });
        return account;
    }

    static DemandInput need(Long organisationId, int year, String region, int count) {
        return new DemandInput(organisationId, year, "Y1", region, "65", "APPLICATION", "APP_PATENT_AGENT", null,
                "MASTER", count);
    }

    @Test
    void anEmployerReportsForItsOwnOrganisationWhileItsRoundIsOpenAndTheRoundTracksWhoHasNot() {
        int year = YEARS.getAndIncrement();
        UserSummary zhejiang = accounts.active("dm.zj", Role.PROVINCIAL_ADMIN, "330000");
        OrganisationView hangzhou = organisation(zhejiang, "杭州需求科技", "330100");
        OrganisationView ningbo = organisation(zhejiang, "宁波需求制造", "330200");
        UserSummary employer = employer(zhejiang, hangzhou);
        employer(zhejiang, ningbo);

        assertThatThrownBy(() -> as(employer, () -> reports.report(need(null, year, "330100", 4))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("demand.round.notOpen"));
        SurveyRound round = as(zhejiang, () -> rounds.open(year));
        assertThatThrownBy(() -> as(zhejiang, () -> rounds.open(year))).isInstanceOf(ConflictException.class);

        // the organisation given is ignored: an employer reports for its own
        DemandReportView reported = as(employer, () -> reports.report(need(ningbo.id(), year, "330100", 4)));
        assertThat(reported.organisationId()).isEqualTo(hangzhou.id());
        assertThat(reported.organisationName()).isEqualTo(hangzhou.name());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'DemandReport' and "
                + "entity_id = ?", Integer.class, String.valueOf(reported.id()))).isEqualTo(1);
        assertThatThrownBy(() -> as(employer, () -> reports.report(need(null, year, "330100", 9))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(employer, () -> reports.report(need(null, year, "320100", 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey()).containsExactly("demand.region.outOfScope"));

        var own = as(employer, () -> reports.list(DemandFilter.none(), PageRequest.of(0, 20)));
        assertThat(own.getContent()).extracting(DemandReportView::organisationId).containsOnly(hangzhou.id());

        SurveyRounds.Tracking tracking = as(zhejiang, () -> rounds.tracking(round.getId(), 0));
        java.util.List<Long> missing = new java.util.ArrayList<>();
        for (int page = 0; page < tracking.missing().getTotalPages(); page++) {
            int p = page;
            as(zhejiang, () -> rounds.tracking(round.getId(), p)).missing().getContent()
                    .forEach(m -> missing.add(m.organisationId()));
        }
        assertThat(missing).contains(ningbo.id()).doesNotContain(hangzhou.id())
                .hasSize((int) tracking.missing().getTotalElements());
        assertThat(tracking.reported()).isGreaterThanOrEqualTo(1);
        assertThat(tracking.expected()).isGreaterThanOrEqualTo(2);

        as(zhejiang, () -> rounds.close(round.getId()));
        assertThatThrownBy(() -> as(employer, () -> reports.report(need(null, year, "330200", 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("demand.round.notOpen"));

        assertThat(figures.grouped(year, DemandHorizon.Y1)).contains(new DemandFigures.DemandCell("330000", "330100",
                "APPLICATION", "APP_PATENT_AGENT", "65", 4));
    }

    @Test
    void anotherProvinceNeitherReportsForTheEmployerNorSeesItsNeedsOrItsRound() {
        int year = YEARS.getAndIncrement();
        UserSummary fujian = accounts.active("dm.fj", Role.PROVINCIAL_ADMIN, "350000");
        UserSummary jiangxi = accounts.active("dm.jx", Role.PROVINCIAL_ADMIN, "360000");
        OrganisationView xiamen = organisation(fujian, "厦门需求软件", "350200");
        DemandReportView reported = as(fujian, () -> reports.report(need(xiamen.id(), year, "350200", 6)));
        SurveyRound round = as(fujian, () -> rounds.open(year));

        assertThatThrownBy(() -> as(jiangxi, () -> reports.report(need(xiamen.id(), year, "360100", 1))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("demand.organisation.unknown"));
        assertThat(as(jiangxi, () -> reports.list(new DemandFilter(year, null, null, null, null),
                PageRequest.of(0, 20))).getContent()).extracting(DemandReportView::id).doesNotContain(reported.id());
        assertThatThrownBy(() -> as(jiangxi, () -> rounds.tracking(round.getId(), 0)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(jiangxi, () -> rounds.close(round.getId())))
                .isInstanceOf(RecordNotFoundException.class);
        // an employer's account not linked yet, and a talent's account, report nothing
        UserSummary unlinked = accounts.active("dm.unlinked", Role.EMPLOYER, "350000");
        assertThatThrownBy(() -> as(unlinked, () -> reports.report(need(null, year, "350200", 1))))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("demand.employer.unlinked"));
        UserSummary talent = accounts.active("dm.talent", Role.TALENT, "350000");
        assertThatThrownBy(() -> as(talent, () -> reports.list(DemandFilter.none(), PageRequest.of(0, 20))))
                .isInstanceOf(AccessDeniedException.class);
        // a city administration may not open a round
        UserSummary city = accounts.active("dm.xm", Role.CITY_ADMIN, "350200");
        assertThatThrownBy(() -> as(city, () -> rounds.open(year + 100))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiReportsListsAndRefusesBadInputInTheRequestsLanguage() {
        int year = YEARS.getAndIncrement();
        UserSummary hunan = accounts.active("dm.hn", Role.PROVINCIAL_ADMIN, "430000");
        OrganisationView changsha = organisation(hunan, "长沙需求咨询", "430100");
        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(hunan.id(), "test").token();

        Http.Response created = http.postJson("/api/v1/demand-reports", Map.of("organisationId", changsha.id(),
                "year", year, "horizon", "Y5", "regionCode", "430100", "industryCode", "65", "team", "APPLICATION",
                "category", "APP_PATENT_AGENT", "education", "BACHELOR", "count", 8), "Authorization", token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("count").asInt()).isEqualTo(8);

        Http.Response list = http.get("/api/v1/demand-reports?year=" + year + "&size=5&sort=count,desc",
                "Authorization", token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("content").get(0).get("organisationName").asString()).isEqualTo(changsha.name());
        assertThat(http.get("/api/v1/demand-reports?sort=salary", "Authorization", token).status()).isEqualTo(400);

        Map<String, Object> bad = Map.of("organisationId", changsha.id(), "year", year, "horizon", "Y2",
                "regionCode", "440100", "industryCode", "ZZ", "team", "APPLICATION", "category", "APP_PATENT_AGENT",
                "education", "BACHELOR", "count", 20_000);
        Http.Response zh = http.postJson("/api/v1/demand-reports", bad, "Authorization", token);
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.header("Content-Type")).contains("application/problem+json");
        assertThat(zh.body()).contains("需求时间“Y2”无效", "需求地区“440100”不在您的管辖", "代码“ZZ”不存在",
                "需求人数“20000”须在 0 到 10000 之间");
        Http.Response en = http.postJson("/api/v1/demand-reports", bad, "Authorization", token, "Accept-Language",
                "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.body()).contains("The horizon \\\"Y2\\\" is not valid", "outside your region",
                "must be between 0 and 10000");
        assertThat(jdbc.queryForObject("select count(*) from demand_report where organisation_id = ?", Integer.class,
                changsha.id())).isEqualTo(1);

        UserSummary talent = accounts.active("dm.apitalent", Role.TALENT, "430000");
        String talentToken = "Bearer " + tokens.issue(talent.id(), "test").token();
        assertThat(http.get("/api/v1/demand-reports", "Authorization", talentToken).status()).isEqualTo(403);
    }
}
