package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.playwright.options.FilePayload;
import org.iptalent.expert.thinktank.ThinkTankInput;
import org.iptalent.expert.thinktank.ThinkTankMembers;
import org.iptalent.expert.thinktank.ThinkTankRecords;
import org.iptalent.expert.thinktank.ThinkTankViews.Detail;
import org.iptalent.expert.thinktank.ThinkTankViews.MemberRole;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.platform.pdf.PdfDocuments;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A provincial administrator publishes a think tank's report in the browser: a Word-looking text file is refused in
 * words, the real PDF is published and listed on the think tank's page, and the list page's search finds it by a
 * Chinese word, with the think tank as a facet.
 */
@PlatformTest
class ThinkTankBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ThinkTankRecords thinkTanks;
    @Autowired
    ThinkTankMembers members;
    @Autowired
    PdfDocuments pdfs;

    @Test
    void anAdministratorUploadsAReportAndFindsItBySearch() {
        UserSummary national = accounts.active("btt.nat", Role.NATIONAL_ADMIN, null);
        UserSummary hubei = accounts.active("btt.hb", Role.PROVINCIAL_ADMIN, "420000");
        ExpertPool pool = new ExpertPool(context, national);
        String category = pool.category("浏览器智库专家", "Browser think tank experts");
        OrganisationView host = pool.organisation("湖北知识产权研究中心", "420100");
        long expert = pool.expert("楚天舒", "420100", host, category);
        String name = "长江知识产权智库" + chinese(System.nanoTime() % 1_000_000);
        Detail thinkTank = TestAccounts.as(hubei, () -> thinkTanks.create(new ThinkTankInput(name, "420100",
                host.id(), "长江经济带知识产权协同保护研究", LocalDate.of(2019, 3, 1))));
        TestAccounts.as(hubei, () -> members.add(thinkTank.id(), expert, MemberRole.LEAD, null));

        long second = pool.expert("汉江月", "420100", host, category);

        signIn(hubei.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/experts/think-tanks/" + thinkTank.id()));
        assertThat(page.locator("#members-table")).containsText("楚天舒");
        assertThat(page.locator("#expert-options option[value='" + second + "']")).hasAttribute("label",
                java.util.regex.Pattern.compile("汉江月"));
        page.fill("#expertId", "汉江月");
        page.click("#member-submit");
        assertThat(page.locator("#member-errors")).containsText("“汉江月”不是数字");
        page.fill("#expertId", String.valueOf(second));
        page.click("#member-submit");
        assertThat(page.locator(".alert-success")).containsText("成员已添加");
        assertThat(page.locator("#members-table")).containsText("汉江月");

        String word = "光谷" + chinese(System.nanoTime() % 100_000);
        page.fill("#report-title", word + "地理标志保护研究报告");
        page.fill("#abstractText", "本报告梳理了长江沿线地理标志保护的现状与问题。");
        page.setInputFiles("#file", new FilePayload("报告.docx", "application/octet-stream",
                "不是文档".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.click("#report-submit");
        assertThat(page.locator("#report-errors")).containsText("PDF 或 Word");
        assertThat(page.locator("#report-title")).hasValue(word + "地理标志保护研究报告");

        byte[] pdf = pdfs.render(PdfDocuments.xhtml(Locale.CHINA, "报告", "", "<p>地理标志保护研究</p>"),
                Locale.CHINA);
        page.setInputFiles("#file", new FilePayload("地理标志报告.pdf", "application/pdf", pdf));
        page.click("#report-submit");
        assertThat(page.locator(".alert-success")).containsText("报告已发布");
        assertThat(page.locator("#reports-list")).containsText("地理标志报告.pdf");
        screenshot("expert/think-tank");

        page.navigate(url("/experts"));
        page.click("#think-tanks-link");
        assertThat(page.locator("#think-tanks-table")).containsText(name);
        page.fill("#q", word);
        page.click("#search-submit");
        assertThat(page.locator("#report-hits .report-hit")).hasCount(1);
        assertThat(page.locator("#report-hits")).containsText(name);
        assertThat(page.locator("#facets [data-facet='thinkTank']")).containsText(name);
        screenshot("expert/think-tanks");
        page.click("#report-hits .report-title");
        assertThat(page.locator("#think-tank-name")).hasText(name);
        page.click("#lang-switch");
        assertThat(page.locator("#reports .card-header")).hasText("Reports");
        assertThat(page.locator("#members-table")).containsText("Lead");
    }

    /** A number in Chinese numerals: a word no other test's text holds, which the bigrams match whole. */
    static String chinese(long number) {
        return String.valueOf(number).chars().mapToObj(c -> String.valueOf("〇一二三四五六七八九".charAt(c - '0')))
                .collect(java.util.stream.Collectors.joining());
    }
}
