package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A provincial officer searches the registry, registers a talent, and cannot overwrite a colleague's edit. */
@PlatformTest
class RegistryBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TalentRecords records;
    @Autowired
    OrganisationRecords organisations;

    UserSummary officer;
    String marker;

    @BeforeEach
    void data() {
        officer = accounts.active("zj.admin", Role.PROVINCIAL_ADMIN, "330000");
        marker = "浙" + Long.toString(System.nanoTime(), 36);
        var agency = TestAccounts.as(officer, () -> organisations.create(new OrganisationInput(
                "杭州" + marker + "专利代理事务所", "PATENT_AGENCY", TestIdentities.creditCode(), "330100", "72")));
        String[][] people = {{"330100", "APP_PATENT_AGENT", "专利代理师"}, {"330100", "APP_PATENT_AGENT", "专利代理师"},
            {"330200", "APP_ENTERPRISE_MANAGER", "知识产权经理"}};
        for (String[] p : people) {
            TestAccounts.as(officer, () -> records.create(new TalentInput("钱" + marker, null, null,
                    TestIdentities.identity(p[0], true), null, null, "BACHELOR", "SCIENCE_ENGINEERING", "机械工程",
                    null, p[1].equals("APP_PATENT_AGENT") ? agency.creditCode() : null, p[0], "72", List.of(p[1]),
                    p[2], null, null, null), Talent.Source.MANUAL));
        }
        signIn(officer.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
    }

    @Test
    void searchNarrowsByFacetsAndShowsMaskedIdentityNumbers() {
        page.navigate(url("/talents"));
        page.fill("#q", marker);
        page.click("#talent-search button[type=submit]");
        assertThat(page.locator("#total")).hasText("共 3 人");
        assertThat(page.locator("#talents-table tbody tr")).hasCount(3);
        assertThat(page.locator("#talents-table tbody")).containsText("********");

        page.locator("[data-facet=city] a", new Page.LocatorOptions().setHasText("宁波市")).click();
        assertThat(page.locator("#total")).hasText("共 1 人");
        assertThat(page.locator("#active-filters")).containsText("宁波市");
        page.locator("#active-filters a").first().click();
        page.locator("[data-facet=category] a", new Page.LocatorOptions().setHasText("专利代理师")).click();
        assertThat(page.locator("#total")).hasText("共 2 人");
        assertThat(page.locator("[data-facet=province] li")).hasCount(1);
        screenshot("registry/search-facets");

        page.locator("#talents-table tbody a").first().click();
        assertThat(page.locator("#talent-name")).containsText("钱" + marker);
        assertThat(page.locator("#identity-masked")).containsText("********");
        assertThat(page.locator("#talent-flows li")).hasCount(1);
        screenshot("registry/profile");
    }

    @Test
    void registeringATalentShowsEveryProblemThenSucceeds() {
        page.navigate(url("/talents/new"));
        page.fill("#name", "孙" + marker);
        page.fill("#identityNumber", "330106199001011233");
        page.fill("#mobile", "123");
        page.click("#save-talent");
        assertThat(page.locator("#identityNumber.is-invalid")).isVisible();
        assertThat(page.locator("#mobile.is-invalid")).isVisible();
        assertThat(page.locator("#regionCode.is-invalid")).isVisible();
        assertThat(page.locator("#talent-form")).containsText("请至少选择一个人才类别");
        screenshot("registry/form-errors");

        page.fill("#identityNumber", TestIdentities.identity("330106", false));
        page.fill("#mobile", "13712345678");
        page.selectOption("#regionCode", "330100");
        page.check("input[name=categories][value=PS_INFORMATION_SERVICE]");
        page.click("#save-talent");
        assertThat(page.locator(".alert-success")).containsText("人才已登记");
        assertThat(page.locator("#talent-name")).containsText("孙" + marker);
        assertThat(page.locator("body")).containsText("137****5678");
        assertThat(page.locator("#talent-history")).containsText("新增");

        // a mobile number is never shown in the form, so removing it is asked for explicitly
        page.click("#edit-talent");
        assertThat(page.locator("#mobile")).hasValue("");
        page.click("#lang-switch");
        assertThat(page.getByLabel("Remove the mobile number")).isVisible();
        screenshot("registry/edit-remove-mobile-en");
        page.click("#lang-switch");
        page.getByLabel("删除手机号码").check();
        screenshot("registry/edit-remove-mobile");
        page.click("#save-talent");
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.locator("#mobile-masked")).hasText("—");
        assertThat(page.locator("#talent-history")).containsText("手机号码");
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingAColleaguesChange() {
        page.navigate(url("/talents?q=" + marker + "&category=APP_ENTERPRISE_MANAGER"));
        page.locator("#talents-table tbody a").first().click();
        String profile = page.url();
        page.click("#edit-talent");
        Page colleague = page.context().newPage();
        colleague.navigate(page.url());
        colleague.fill("#position", "知识产权总监");
        colleague.click("#save-talent");
        assertThat(colleague.locator(".alert-success")).isVisible();

        page.fill("#position", "法务经理");
        page.click("#save-talent");
        assertThat(page.locator("#form-errors")).containsText("已被他人修改");
        page.navigate(profile);
        assertThat(page.locator("body")).containsText("知识产权总监");
        assertThat(page.locator("body")).not().containsText("法务经理");
    }
}
