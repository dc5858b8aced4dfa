package org.iptalent.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.iptalent.identity.UserSummary;
import org.iptalent.planning.task.TaskFixtures;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan's page as the national office uses it: a copy refused on its form, then made; an indicator removed from
 * the draft; closing a draft and bringing it into force while another plan is in force refused on the page, in words,
 * in Chinese and English, with nothing changed.
 */
@PlatformTest
class PlanPageTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    TaskFixtures fixtures;
    UserSummary national;

    @BeforeEach
    void data() {
        fixtures = new TaskFixtures(context);
        national = accounts.active("ppage.nat", Role.NATIONAL_ADMIN, null);
    }

    @AfterEach
    void restorePlanInForce() {
        fixtures.restore();
    }

    @Test
    void theNationalOfficeCopiesEditsAndIsToldWhatItCannotDo() {
        int year = LocalDate.now().getYear();
        String inForce = "实施中的页面测试规划";
        fixtures.planInForce(inForce, year, year + 4);
        Http http = new Http(port);
        http.signInEnrolling(national.username(), TestAccounts.PASSWORD);
        long fourteenth = jdbc.queryForObject("select id from plan where starts_year = 2021 and ends_year = 2025",
                Long.class);
        String page = "/plans/" + fourteenth;

        Http.Response noYears = http.postForm(page, page + "/copy", "nameZh=" + enc("页面复制规划") + "&startsYear=&endsYear=");
        assertThat(noYears.status()).isEqualTo(200);
        assertThat(noYears.body()).contains("规划期限无效");
        Http.Response copied = http.postForm(page, page + "/copy",
                "nameZh=" + enc("页面复制规划") + "&nameEn=Copied+on+the+page&startsYear=2041&endsYear=2045");
        assertThat(copied.status()).isEqualTo(302);
        String copyPage = URI.create(copied.header("Location")).getPath();
        long copy = Long.parseLong(copyPage.substring(copyPage.lastIndexOf('/') + 1));
        assertThat(http.get(copyPage).body()).contains("已复制为新规划（草稿）。", "页面复制规划");

        long indicators = indicatorsOf(copy);
        String code = jdbc.queryForObject("select code from indicator where plan_id = ? order by code limit 1",
                String.class, copy);
        Http.Response removed = http.postForm(copyPage, copyPage + "/indicators/" + code + "/remove", "");
        assertThat(removed.status()).isEqualTo(302);
        assertThat(http.get(copyPage).body()).contains("指标已删除。");
        assertThat(indicatorsOf(copy)).isEqualTo(indicators - 1);

        long version = jdbc.queryForObject("select version from plan where id = ?", Long.class, copy);
        Http.Response notClosed = http.postForm(copyPage, copyPage + "/close", "version=" + version);
        assertThat(notClosed.status()).isEqualTo(200);
        assertThat(notClosed.body()).contains("只有实施中的规划可以结束。");
        Http.Response notInForce = http.postForm(copyPage, copyPage + "/in-force", "version=" + version);
        assertThat(notInForce.status()).isEqualTo(200);
        assertThat(notInForce.body()).contains("“" + inForce + "”仍在实施中");
        Http.Response english = http.postForm(copyPage + "?lang=en", copyPage + "/in-force", "version=" + version);
        assertThat(english.body()).contains("is still in force: one plan is in force at a time");
        assertThat(jdbc.queryForObject("select status from plan where id = ?", String.class, copy)).isEqualTo("DRAFT");
    }

    private long indicatorsOf(long plan) {
        return jdbc.queryForObject("select count(*) from indicator where plan_id = ?", Long.class, plan);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
