package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.iptalent.training.base.BaseInput;
import org.iptalent.training.base.TrainingBaseRecords;
import org.iptalent.training.program.Level;
import org.iptalent.training.program.ProgramCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A base manager runs a class from start to end: plans it, schedules its sessions, a talent enrols, the manager
 * records attendance and scores and closes it, and the talent finds the hours and the certificate.
 */
@PlatformTest
class ClassRunBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TrainingBaseRecords bases;
    @Autowired
    TalentRecords talents;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    ProgramCatalogue programs;

    UserSummary manager;
    UserSummary trainee;
    String programTitle;
    String marker;

    @BeforeEach
    void data() {
        marker = Long.toString(System.nanoTime(), 36);
        UserSummary national = accounts.active("cls.nat", Role.NATIONAL_ADMIN, null);
        manager = accounts.active("cls.base", Role.TRAINING_BASE_MANAGER, "310000");
        trainee = accounts.active("cls.talent", Role.TALENT, "310000");
        long host = TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                "上海" + marker + "知识产权学院", "UNIVERSITY", TestIdentities.creditCode(), "310000", null))).id();
        long baseId = TestAccounts.as(national, () -> bases.create(new BaseInput("上海" + marker + "培训基地", "LOCAL",
                "310000", host, LocalDate.of(2022, 5, 1), "沪知发〔2022〕1号", List.of("APPLICATION"), List.<String>of(),
                "上海市徐汇区", null, null, null, false)).id());
        String managerName = manager.username();
        TestAccounts.as(national, () -> {
            bases.addManager(baseId, managerName);
            return null;
        });
        String identity = TestIdentities.identity("310104", true);
        long talentId = TestAccounts.as(national, () -> talents.create(new TalentInput("孙" + marker, null, null,
                identity, null, null, "MASTER", "LAW", null, null, null, "310000", "72",
                List.of("APP_ENTERPRISE_MANAGER"), null, null, null, null), Talent.Source.MANUAL)).id();
        String traineeName = trainee.username();
        TestAccounts.as(national, () -> {
            talentAccounts.link(talentId, traineeName);
            return null;
        });
        programTitle = "专利运营" + marker;
        long programId = TestAccounts.as(national, () -> programs.create(programTitle, "APPLICATION", null,
                "企业专利运营系列课程")).getId();
        TestAccounts.as(national, () -> programs.level(programId, Level.FOUNDATION, "理解专利运营的基本模式",
                BigDecimal.valueOf(6)));
    }

    private UserSummary secondTrainee() {
        UserSummary national = accounts.active("cls.nat2", Role.NATIONAL_ADMIN, null);
        UserSummary second = accounts.active("cls.second", Role.TALENT, "310000");
        String identity = TestIdentities.identity("310105", false);
        long talentId = TestAccounts.as(national, () -> talents.create(new TalentInput("周" + marker, null, null,
                identity, null, null, "BACHELOR", "LAW", null, null, null, "310000", "72",
                List.of("APP_ENTERPRISE_MANAGER"), null, null, null, null), Talent.Source.MANUAL)).id();
        String username = second.username();
        TestAccounts.as(national, () -> {
            talentAccounts.link(talentId, username);
            return null;
        });
        return second;
    }

    private void signInAs(UserSummary user) {
        page.context().clearCookies();
        signIn(user.username(), TestAccounts.PASSWORD);
        if (page.locator("#enrol-secret").count() > 0) {
            enrolSecondFactor();
        }
    }

    @Test
    void aBaseManagerRunsAClassFromPlanToCertificates() {
        page.onDialog(dialog -> dialog.accept());
        LocalDate today = LocalDate.now();
        signInAs(manager);
        page.navigate(url("/classes"));
        page.click("#new-class");
        page.selectOption("#levelId", new com.microsoft.playwright.options.SelectOption().setLabel(
                programTitle + " · 初级"));
        page.fill("#title", "专利运营实务班" + marker);
        page.fill("#startsOn", today.toString());
        page.fill("#endsOn", today.plusDays(1).toString());
        page.fill("#enrollmentOpens", today.minusDays(3).toString());
        page.fill("#enrollmentCloses", today.toString());
        page.fill("#place", "上海市徐汇区");
        page.fill("#capacity", "30");
        page.fill("#passMark", "60");
        page.fill("#teachers", "陈教授");
        screenshot("training/class-form");
        page.click("#save-class");
        assertThat(page.locator("#class-title")).hasText("专利运营实务班" + marker);
        String classUrl = page.url();

        for (int day = 0; day < 2; day++) {
            page.fill("#startsAt", today.plusDays(day) + "T09:00");
            page.fill("#endsAt", today.plusDays(day) + "T12:00");
            page.fill("#hours", "3");
            page.fill("#topic", day == 0 ? "专利许可实务" : "专利价值评估");
            page.click("#add-session");
        }
        assertThat(page.locator("#sessions-table tbody tr")).hasCount(2);

        signInAs(trainee);
        page.navigate(classUrl);
        page.click("#enrol");
        assertThat(page.locator("#my-status")).hasText("已报名");
        screenshot("training/talent-enrolled");

        signInAs(manager);
        page.navigate(classUrl);
        assertThat(page.locator("#roster-table")).containsText("孙" + marker);
        page.click("#attendance-link");
        Locator boxes = page.locator("#attendance-table tbody input[type=checkbox]");
        assertThat(boxes).hasCount(2);
        boxes.nth(0).check();
        boxes.nth(1).check();
        page.locator("#attendance-table tbody input[type=number]").fill("86");
        page.click("#save-attendance");
        assertThat(page.locator("#attendance-table tbody")).containsText("6.0");
        screenshot("training/attendance");
        page.navigate(classUrl);
        page.click("#close-class");
        assertThat(page.locator("#close-outcome")).containsText("1 人结业");
        assertThat(page.locator("#class-status")).hasText("已结班");
        assertThat(page.locator("#survey-panel")).isVisible();
        screenshot("training/class-closed");

        signInAs(trainee);
        page.navigate(url("/my/training"));
        assertThat(page.locator("#training-total")).containsText("6");
        assertThat(page.locator("#training-table")).containsText("已结业");
        screenshot("training/my-training");
    }

    @Test
    void aFullClassPutsATalentOnTheWaitingListInEnglish() {
        LocalDate today = LocalDate.now();
        signInAs(manager);
        page.navigate(url("/classes/new?lang=en"));
        page.selectOption("#levelId", new com.microsoft.playwright.options.SelectOption().setLabel(
                programTitle + " · Foundation"));
        page.fill("#title", "Licensing clinic " + marker);
        page.selectOption("#mode", "ONLINE");
        page.fill("#startsOn", today.plusDays(3).toString());
        page.fill("#endsOn", today.plusDays(2).toString());
        page.fill("#enrollmentOpens", today.minusDays(1).toString());
        page.fill("#enrollmentCloses", today.plusDays(1).toString());
        page.fill("#capacity", "1");
        page.click("#save-class");
        assertThat(page.locator("#class-errors, #endsOn-feedback").first()).isVisible();
        assertThat(page.locator("#endsOn-feedback")).containsText("cannot end before it starts");
        page.fill("#endsOn", today.plusDays(4).toString());
        page.click("#save-class");
        assertThat(page.locator("#class-title")).hasText("Licensing clinic " + marker);
        assertThat(page.locator("#places")).hasText("0 of 1 taken, 0 waiting");
        String classUrl = page.url();

        signInAs(trainee);
        page.navigate(classUrl + "?lang=en");
        page.click("#enrol");
        assertThat(page.locator("#my-status")).hasText("Enrolled");
        assertThat(page.locator("#places")).hasText("1 of 1 taken, 0 waiting");

        signInAs(secondTrainee());
        page.navigate(classUrl + "?lang=en");
        assertThat(page.locator("#enrol")).hasText("Full: join the waiting list");
        page.click("#enrol");
        assertThat(page.locator("#my-status")).hasText("Waiting, number 1 in line");
        assertThat(page.locator(".alert-success")).containsText("you are on the waiting list");
        screenshot("training/class-en");
    }
}
