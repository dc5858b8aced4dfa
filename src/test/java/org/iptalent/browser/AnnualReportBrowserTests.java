package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import org.iptalent.identity.UserSummary;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national office's annual report in Chromium: it drafts the oldest year the page offers (a December taken for
 * it here), previews its tables, downloads the PDF and the workbook, publishes it after confirming; the public page
 * lists it with its downloads, in Chinese and English.
 */
@PlatformTest
class AnnualReportBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    SnapshotStore store;

    @Test
    void theNationalOfficeDraftsDownloadsAndPublishesAReportThePublicThenLists() throws IOException {
        // the page offers this year and the nine before: the oldest is a year no other test reports on
        String year = String.valueOf(Year.now().getValue() - 9);
        YearMonth december = YearMonth.of(Integer.parseInt(year), 12);
        store.take("registry.talents", december, Map.of("000000", BigDecimal.valueOf(1234), "450000",
                BigDecimal.valueOf(234), "530000", BigDecimal.valueOf(1000)), SnapshotStore.Kind.SNAPSHOT);
        store.take("registry.team.PROTECTION", december, Map.of("000000", BigDecimal.valueOf(800)),
                SnapshotStore.Kind.SNAPSHOT);
        UserSummary national = accounts.active("abt.nat", Role.NATIONAL_ADMIN, null);
        signIn(national.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();

        page.navigate(url("/analytics/annual-reports?lang=zh-CN"));
        page.click("#nav-nav-group-analytics"); // the header's Analytics menu
        assertThat(page.locator("a[href='/analytics/annual-reports']").first()).isVisible();
        page.selectOption("#annual-year", year);
        page.click("#annual-draft");
        assertThat(page.locator("#annual-status")).hasText("草稿");
        assertThat(page.locator("#annual-totals")).containsText("1,234");
        assertThat(page.locator("#annual-regions")).containsText("云南省");
        screenshot("AnnualReportBrowserTests-draft-zh");

        Download pdf = page.waitForDownload(() -> page.click("#annual-pdf"));
        assertThat(pdf.suggestedFilename()).endsWith(".pdf").contains(year);
        assertThat(Files.size(pdf.path())).isGreaterThan(20_000);
        APIResponse pdfResponse = page.request().get(url("/analytics/annual-reports/" + year + ".pdf"));
        assertThat(pdfResponse.headers().get("content-type")).isEqualTo("application/pdf");
        Download xlsx = page.waitForDownload(() -> page.click("#annual-xlsx"));
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        assertThat(Files.size(xlsx.path())).isGreaterThan(3_000);
        assertThat(page.request().get(url("/analytics/annual-reports/" + year + ".xlsx")).headers()
                .get("content-type")).contains("spreadsheetml");

        page.onDialog(dialog -> dialog.accept());
        page.click("#annual-publish");
        assertThat(page.locator("#annual-status")).hasText("已发布");
        assertThat(page.locator("#annual-publish")).hasCount(0);

        page.navigate(url("/analytics/annual-reports/" + year + "?lang=en"));
        assertThat(page.locator("#annual-status")).hasText("Published");
        assertThat(page.locator("#annual-teams")).containsText("Protection");
        screenshot("AnnualReportBrowserTests-published-en");

        page.navigate(url("/reports?lang=zh-CN"));
        assertThat(page.locator("#public-reports [data-year='" + year + "']"))
                .containsText(year + "年全国知识产权人才统计年报");
        APIResponse publicPdf = page.request().get(url("/reports/" + year + ".pdf"));
        assertThat(publicPdf.status()).isEqualTo(200);
        assertThat(publicPdf.headers().get("content-type")).isEqualTo("application/pdf");
        screenshot("AnnualReportBrowserTests-public-zh");
        page.navigate(url("/reports?lang=en"));
        assertThat(page.locator("#public-reports [data-year='" + year + "']"))
                .containsText("National IP talent statistics " + year);
        assertThat(page.locator("#public-reports-link")).hasText("Annual statistics");
    }
}
