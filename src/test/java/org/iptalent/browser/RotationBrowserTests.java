package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.training.nomination.Nominating;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.rotation.RotationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator runs a rotation campaign and watches its coverage: launches it from the registry's filters,
 * links a rotation class, assigns a city's members and sees them in progress, then trained once the class is
 * completed; in Chinese and in English. And a nominated class from both sides: a province nominates within its
 * quota, the national office selects and enrols.
 */
@PlatformTest
class RotationBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Nominating nominating;
    @Autowired
    JdbcTemplate jdbc;

    RotationFixtures fixtures;
    UserSummary national;
    UserSummary guangdong;
    String marker;
    long level;
    LocalDate today;

    @BeforeEach
    void data() {
        fixtures = new RotationFixtures(context);
        national = accounts.active("brot.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("brot.gd", Role.PROVINCIAL_ADMIN, "440000");
        marker = "轮" + Long.toString(System.nanoTime(), 36);
        String[][] people = {{"陈静", "440100"}, {"黄磊", "440100"}, {"林晓", "440100"}, {"周敏", "440300"},
            {"吴涛", "440300"}, {"郑洁", "440600"}};
        for (String[] p : people) {
            fixtures.talent(national, p[0], p[1], "PROT_ADMIN_ADJUDICATION", marker + "行政裁决员");
        }
        level = fixtures.level("行政裁决实务");
        today = LocalDate.now();
    }

    @Test
    void anAdministratorRunsACampaignAndWatchesItsCoverage() {
        long base = fixtures.base(national, "广东省知识产权培训基地", "LOCAL", "440100");
        long klass = fixtures.newClass(national, level, base, "行政裁决实务轮训班（第一期）", Filling.ROTATION, 2,
                today.plusDays(14), today.plusDays(16));
        signIn(guangdong.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();

        page.navigate(url("/rotation-campaigns"));
        page.click("#new-campaign");
        // a refusal first: every problem under its field, nothing launched
        page.click("#launch-campaign");
        assertThat(page.locator("#name.is-invalid")).isVisible();
        assertThat(page.locator("#cycleStart.is-invalid")).isVisible();
        page.fill("#name", "2026 年度行政裁决人员轮训" + marker);
        page.selectOption("#regionCode", "440000");
        page.fill("#cycleStart", today.minusDays(7).toString());
        page.fill("#cycleEnd", today.plusDays(120).toString());
        page.fill("#q", marker);
        page.selectOption("#category", "PROT_ADMIN_ADJUDICATION");
        screenshot("rotation/campaign-form");
        page.click("#launch-campaign");
        assertThat(page.locator(".alert-success")).containsText("轮训已发起");
        assertThat(page.locator("#coverage-members")).hasText("6");
        assertThat(page.locator("#coverage-not-yet")).hasText("6");
        assertThat(page.locator("#coverage-table tbody tr")).hasCount(3);
        assertThat(page.locator("#coverage-table")).containsText("广州市");

        page.selectOption("#classId", String.valueOf(klass));
        page.click("#link-class");
        assertThat(page.locator(".campaign-class")).containsText("行政裁决实务轮训班（第一期）");
        page.locator(".campaign-class select[name=city]").selectOption("440100");
        page.locator(".campaign-class button[type=submit]").click();
        assertThat(page.locator("#assignment")).containsText("已指派 2 人");
        assertThat(page.locator("#coverage-in-progress")).hasText("2");
        assertThat(page.locator("#coverage-not-yet")).hasText("4");
        assertThat(page.locator("tr[data-region='440100'] .cov-in-progress")).hasText("2");
        assertThat(page.locator(".campaign-class .class-places")).containsText("2/2");

        // the class ends and one trainee completes it: the coverage says so
        long trainee = jdbc.queryForList("select talent_id from enrollment where class_id = ? order by talent_id",
                Long.class, klass).get(0);
        fixtures.complete(klass, trainee, today.plusDays(16));
        // the coverage refreshes itself (every 30 seconds): asked for now, it comes back with the completion
        String coverage = page.locator("#coverage").getAttribute("hx-get");
        page.evaluate("path => htmx.ajax('GET', path, {target: '#coverage', swap: 'outerHTML'})", coverage);
        assertThat(page.locator("#coverage-trained")).hasText("1");
        assertThat(page.locator("#coverage-in-progress")).hasText("1");
        assertThat(page.locator("#coverage")).hasAttribute("hx-trigger", "every 30s");
        assertThat(page.locator("#coverage-in-progress")).hasText("1");
        page.selectOption("#state", "NOT_YET");
        page.click("#member-filter button[type=submit]");
        assertThat(page.locator("#members-table tbody tr")).hasCount(4);
        screenshot("rotation/campaign");

        page.click("#lang-switch");
        assertThat(page.locator("#coverage")).containsText("Coverage");
        assertThat(page.locator("#coverage-table thead")).containsText("Trained");
        assertThat(page.locator("#coverage-table")).containsText("Guangzhou");
        screenshot("rotation/campaign-en");
        page.navigate(url("/rotation-campaigns"));
        assertThat(page.locator("#campaigns-table")).containsText(marker);
        assertThat(page.locator("#campaigns-table")).containsText("Running");
        assertThat(page.locator("#campaigns-table tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(marker)).locator(".campaign-trained")).hasText("16.7% trained");
        screenshot("rotation/campaigns-en");
    }

    @Test
    void aProvinceNominatesAndTheNationalOfficeSelectsAndEnrols() {
        long base = fixtures.base(national, "国家知识产权局专利局培训基地", "NATIONAL", "110000");
        String title = "赴世界知识产权组织研修班" + marker;
        long klass = fixtures.newClass(national, level, base, title, Filling.NOMINATION, 1,
                today.plusDays(30), today.plusDays(40));
        TestAccounts.as(national, () -> {
            nominating.setQuotas(klass, Map.of("440000", 2, "320000", 1));
            return null;
        });
        signIn(guangdong.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/nominations"));
        page.locator("#nominated-classes a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(title)).first().click();
        assertThat(page.locator("#quota-text")).containsText("名额 2 人");
        page.fill("#q", marker);
        page.click("#candidate-search button[type=submit]");
        assertThat(page.locator(".candidate")).hasCount(6);
        // no reason: refused, and said so
        page.locator(".candidate", new com.microsoft.playwright.Page.LocatorOptions().setHasText("陈静"))
                .locator("button[type=submit]").click();
        assertThat(page.locator("#nominate-errors")).containsText("请填写理由");
        for (String name : new String[] {"陈静", "周敏"}) {
            var candidate = page.locator(".candidate", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText(name));
            candidate.locator("input[name=reason]").fill("长期从事专利侵权纠纷行政裁决，外语熟练");
            candidate.locator("button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("已推荐");
        }
        assertThat(page.locator("#quota-text")).containsText("尚可推荐 0 人");
        assertThat(page.locator("#nominate")).hasCount(0);
        assertThat(page.locator("#nominations tbody tr")).hasCount(2);
        screenshot("nomination/province");
        page.click("#lang-switch");
        assertThat(page.locator("#nominations")).containsText("Awaiting selection");
        screenshot("nomination/province-en");
        page.click("#user-menu");
        page.click("#logout");

        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/nominations/" + klass + "?lang=en"));
        assertThat(page.locator("#quota-440000")).hasValue("2");
        assertThat(page.locator(".province-nominations[data-province='440000'] tbody tr")).hasCount(2);
        var first = page.locator("tr[data-nomination]").first();
        first.locator(".select-nomination").click();
        assertThat(page.locator(".alert-success")).containsText("Selected");
        var second = page.locator("tr[data-nomination]").nth(1);
        second.locator(".select-nomination").click();
        page.onDialog(dialog -> dialog.accept());
        page.click("#enrol-selected");
        assertThat(page.locator("#enrolment")).containsText("1 took a place, 1 on the waiting list");
        assertThat(page.locator("#enrolment-waitlisted")).isVisible();
        screenshot("nomination/national-en");
        page.click("#lang-switch");
        assertThat(page.locator("#nominations")).containsText("已录取");
        assertThat(page.locator("#nominations")).containsText("已录取（候补）");
        screenshot("nomination/national");
    }
}
