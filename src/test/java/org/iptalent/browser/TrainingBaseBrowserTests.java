package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.iptalent.training.base.AssessmentRuns;
import org.iptalent.training.base.AssessmentScorecards;
import org.iptalent.training.base.BaseInput;
import org.iptalent.training.base.BaseStatus;
import org.iptalent.training.base.ScorecardInput;
import org.iptalent.training.base.TrainingBaseRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national administrator at the training bases, in Chinese and in English: the list with the map of China
 * (drawn, its level toggled), a base's page, and the decision on its annual assessment, which puts the base on
 * probation and shows in its history. Screenshots of each page land in {@code target/screenshots}.
 */
@PlatformTest
class TrainingBaseBrowserTests extends BrowserTest {

    private static int nextYear = 2075;

    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TrainingBaseRecords records;
    @Autowired
    AssessmentScorecards scorecards;
    @Autowired
    AssessmentRuns runs;

    UserSummary national;
    String marker;

    @BeforeAll
    void bases() {
        national = accounts.active("map.nat", Role.NATIONAL_ADMIN, null);
        marker = "图" + Long.toString(System.nanoTime(), 36);
        String[][] places = {{"440100", "NATIONAL"}, {"320100", "NATIONAL"}, {"110000", "NATIONAL"},
                {"440300", "LOCAL"}, {"510100", "LOCAL"}, {"650100", "LOCAL"}};
        for (String[] place : places) {
            long host = TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                    TestAccounts.uniqueName(marker + "大学"), "UNIVERSITY", TestIdentities.creditCode(), place[0],
                    null))).id();
            TestAccounts.as(national, () -> records.create(new BaseInput(marker + "基地" + place[0], place[1],
                    place[0], host, LocalDate.of(2022, 6, 1), "国知发人字〔2022〕8号", List.of("PROTECTION"),
                    List.of("PROT_TECH_INVESTIGATOR"), "广州市天河区", "王伟", "13812345678",
                    "依托高校建设，面向知识产权保护人才开展培训。", false)));
        }
    }

    /** A year's scorecard run over the bases, so that each has an assessment to decide. */
    int assessedYear() {
        int year = nextYear++;
        TestAccounts.as(national, () -> scorecards.save(year, null, new ScorecardInput(new BigDecimal("80"),
                new BigDecimal("60"), List.of(new ScorecardInput.Item(null, "COMPUTED", 100, "CLASSES_HELD",
                        new BigDecimal("12"), null)))));
        TestAccounts.as(national, () -> runs.run(year));
        return year;
    }

    /** A national administrator of the test's own, who enrols the second factor at the first sign-in. */
    void signInAsNational() {
        UserSummary administrator = accounts.active("map.admin", Role.NATIONAL_ADMIN, null);
        signIn(administrator.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.onDialog(dialog -> dialog.accept());
    }

    @Test
    void theNationalAdministratorDecidesABasesAssessmentInChinese() {
        int year = assessedYear();
        signInAsNational();
        page.click("#nav-nav-group-training"); // the header's Training menu
        page.click("#mainNav .dropdown-menu >> text=培训基地");
        assertThat(page.locator("h1")).containsText("知识产权人才培训基地");
        page.waitForSelector("#base-map[data-ready=true]");
        assertThat(page.locator("#base-map canvas")).isVisible();
        page.click("#map-levels [data-level=NATIONAL]");
        assertThat(page.locator("#map-levels [data-level=NATIONAL]")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#map-levels [data-level=NATIONAL]")).hasClass(java.util.regex.Pattern.compile(
                "\\bbtn-primary\\b"));
        assertThat(page.locator("#map-levels [data-level=ALL]")).hasClass(java.util.regex.Pattern.compile(
                "\\bbtn-outline-primary\\b"));
        page.mouse().move(0, 0);
        page.waitForTimeout(400); // the buttons' colour transition, for the screenshot
        screenshot("TrainingBaseBrowserTests-list-zh");

        page.fill("#q", marker);
        page.selectOption("#level", "NATIONAL");
        page.click("#base-filters button[type=submit]");
        assertThat(page.locator("#bases-table tbody tr")).hasCount(3);
        page.click("text=" + marker + "基地440100");
        assertThat(page.locator("#base-name")).hasText(marker + "基地440100");
        assertThat(page.locator("#base-specialities")).containsText("技术调查官");
        assertThat(page.locator("#status-history")).containsText("国知发人字〔2022〕8号");
        screenshot("TrainingBaseBrowserTests-base-zh");

        page.click("#base-assessments a:text('" + year + "')");
        assertThat(page.locator("#item-scores")).containsText("无数据，计 0 分");
        assertThat(page.locator("#recommendation")).containsText("撤销");
        page.check("#decision-PROBATION");
        page.fill("#decision-reason", "当年未开班，限期一年整改");
        screenshot("TrainingBaseBrowserTests-assessment-zh");
        page.click("#record-decision");
        assertThat(page.locator(".alert-success")).containsText("处理决定已记录");
        assertThat(page.locator("#decision-recorded")).containsText("当年未开班，限期一年整改");
        page.click("#assessed-base");
        assertThat(page.locator("#base-status")).containsText("限期整改");
        assertThat(page.locator("#status-history")).containsText("“已认定”→“限期整改”");
        assertThat(page.locator("#status-history")).containsText("当年未开班，限期一年整改");
        screenshot("TrainingBaseBrowserTests-history-zh");

        page.navigate(url("/training-bases/assessments?year=" + year + "&q="
                + URLEncoder.encode(marker, StandardCharsets.UTF_8)));
        assertThat(page.locator("#assessments-table")).containsText(marker + "基地440100");
        screenshot("TrainingBaseBrowserTests-assessments-zh");
        page.navigate(url("/training-bases/scorecards?year=" + year));
        assertThat(page.locator("#scorecard-locked")).isVisible();
        screenshot("TrainingBaseBrowserTests-scorecard-zh");
        assertThat(TestAccounts.as(national, () -> records.find(new org.iptalent.training.base.BaseCriteria(
                "NATIONAL", "440000", "PROBATION", null, marker), org.springframework.data.domain.PageRequest.of(0,
                10))).getContent()).singleElement().extracting("status").isEqualTo(BaseStatus.PROBATION);
    }

    @Test
    void theNationalAdministratorDecidesABasesAssessmentInEnglish() {
        int year = assessedYear();
        signInAsNational();
        page.click("#lang-switch");
        page.navigate(url("/training-bases?province=320000&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)));
        assertThat(page.locator("h1")).containsText("IP talent training bases");
        page.waitForSelector("#base-map[data-ready=true]");
        screenshot("TrainingBaseBrowserTests-list-en");
        page.click("text=" + marker + "基地320100");
        assertThat(page.locator("#base-specialities")).containsText("Technical investigators");
        screenshot("TrainingBaseBrowserTests-base-en");

        page.click("#base-assessments a:text('" + year + "')");
        assertThat(page.locator("#item-scores")).containsText("No data: 0 points");
        page.check("#decision-KEEP");
        page.fill("#decision-reason", "Newly designated; kept");
        page.click("#record-decision");
        assertThat(page.locator(".alert-success")).containsText("The decision is recorded");
        screenshot("TrainingBaseBrowserTests-assessment-en");
        page.click("#assessed-base");
        assertThat(page.locator("#base-status")).containsText("Designated");
        assertThat(page.locator("#status-history")).containsText("Kept \"Designated\" after the annual assessment");
        assertThat(page.locator("#status-history")).containsText("Newly designated; kept");
    }
}
