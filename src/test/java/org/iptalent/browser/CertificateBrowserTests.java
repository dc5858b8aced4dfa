package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.microsoft.playwright.Download;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.iptalent.certificate.CertificateFixtures;
import org.iptalent.certificate.CertificatePdfs;
import org.iptalent.certificate.Certificates;
import org.iptalent.certificate.IssuedCertificate;
import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.Pdfs;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A certificate's journey in Chromium: its holder downloads the PDF, the QR code printed on it is decoded, and the
 * public (signed out) opens its link and reads the verification in Chinese and in English; a talent uploads a
 * certificate earned elsewhere (a file that is none refused in words), and an administrator verifies it.
 */
@PlatformTest
class CertificateBrowserTests extends BrowserTest {

    @Autowired
    Certificates certificates;
    @Autowired
    TalentRecords records;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    TestAccounts accounts;

    CertificateFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CertificateFixtures(records, talentAccounts, accounts, certificates);
    }

    @Test
    void thePublicVerifiesACertificateByItsQrLink() throws Exception {
        CertificateFixtures.Holder holder = fixtures.holder("杨过", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINER_QUALIFICATION", holder.talent(), "440300",
                LocalDate.now().minusMonths(2));

        signIn(holder.account().username(), TestAccounts.PASSWORD);
        page.navigate(url("/my/certificates?lang=zh-CN"));
        assertThat(page.locator("#certificates-table")).containsText(issued.serial());
        screenshot("CertificateBrowserTests-my-certificates");
        Download download = page.waitForDownload(() -> page.click(".pdf-zh"));
        byte[] pdf = Files.readAllBytes(download.path());

        String link;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Pdfs.keep(document, "certificates", "browser-certificate");
            assertThat(Pdfs.text(document)).contains("杨过", issued.serial());
            link = CertificatePdfs.qrCodes(document.getPage(0).getResources()).get(0);
        }
        // the QR code leads to the platform's public address (iptalent.web.public-url); here the test's server
        URI target = URI.create(link);
        assertThat(target.getPath()).isEqualTo("/verify/" + issued.code());

        page.click("#user-menu");
        page.click("#logout");
        page.navigate(url(target.getPath()));
        assertThat(page.locator("#verify-status")).containsText("证书有效");
        assertThat(page.locator("#verify-holder")).hasText("杨*");
        assertThat(page.locator("#verify-serial")).hasText(issued.serial());
        assertThat(page.locator("body")).not().containsText("杨过");
        assertThat(page.locator("#logout")).hasCount(0);
        screenshot("CertificateBrowserTests-verify-zh");

        page.click("#lang-switch");
        assertThat(page.locator("#verify-status")).containsText("Valid certificate");
        assertThat(page.locator(".verify-type")).hasText("IP trainer qualification certificate");
        assertThat(page.locator("#verify-expires")).hasText(issued.expiresOn().toString());
        screenshot("CertificateBrowserTests-verify-en");

        page.fill("#code", "0123456789ABCDEFGHJKMNPQRS");
        page.click("#verify-submit");
        assertThat(page.locator("#verify-not-found")).containsText("Certificate not found");
        page.click("#lang-switch");
        assertThat(page.locator("#verify-not-found")).containsText("未找到该证书");
    }

    @Test
    void aTalentUploadsACertificateEarnedElsewhereAndAnAdministratorVerifiesIt() throws Exception {
        CertificateFixtures.Holder holder = fixtures.holder("小龙女", "440300");
        signIn(holder.account().username(), TestAccounts.PASSWORD);
        page.navigate(url("/my/certificates?lang=zh-CN"));
        page.fill("#title", "专利代理师资格证");
        page.fill("#issuer", "国家知识产权局");
        page.fill("#issuedOn", "2023-06-01");
        Path text = Files.createTempFile("certificate", ".pdf");
        Files.writeString(text, "这不是一个 PDF 文件");
        page.setInputFiles("#file", text);
        page.click("#upload-submit");
        assertThat(page.locator("#file-feedback")).containsText("证书文件须为 PDF、JPEG 或 PNG 格式");
        assertThat(page.locator("#title")).hasValue("专利代理师资格证");
        screenshot("CertificateBrowserTests-upload-refused");

        Path png = Files.createTempFile("certificate", ".png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0});
        page.setInputFiles("#file", png);
        page.click("#upload-submit");
        assertThat(page.locator(".alert-success")).containsText("证书已上传，等待管理员审核");
        assertThat(page.locator("#uploads-table")).containsText("待审核");
        page.click("#user-menu");
        page.click("#logout");

        UserSummary guangdong = accounts.active("cert.gd", Role.PROVINCIAL_ADMIN, "440000");
        signIn(guangdong.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/certificates/uploads?lang=en"));
        page.click("#uploads-table a:has-text('专利代理师资格证')");
        assertThat(page.locator("#review-state")).containsText("Awaiting review");
        screenshot("CertificateBrowserTests-review-en");
        page.click("#verify-upload");
        assertThat(page.locator("#review-state")).containsText("Verified");

        page.navigate(url("/talents/" + holder.talent().id() + "?lang=zh-CN"));
        assertThat(page.locator("#certificates")).containsText("专利代理师资格证");
        assertThat(page.locator("#certificates")).containsText("外部证书");
    }

    @Test
    void anAdministratorReadsTheListAndACertificate() {
        var talent = fixtures.talent("黄药师", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", talent, "440300", LocalDate.of(2026, 5, 20));
        UserSummary guangdong = accounts.active("cert.gd", Role.PROVINCIAL_ADMIN, "440000");
        signIn(guangdong.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();
        page.navigate(url("/certificates?lang=zh-CN"));
        assertThat(page.locator("#certificates-table")).containsText(issued.serial());
        screenshot("CertificateBrowserTests-list-zh");
        page.click("#certificates-table a:has-text('" + issued.serial() + "')");
        assertThat(page.locator("#code")).hasText(issued.code());
        assertThat(page.locator("#holder")).hasText("黄**");
        screenshot("CertificateBrowserTests-detail-zh");
        page.click("#lang-switch");
        assertThat(page.locator("#certificate-title")).containsText("IP training completion certificate");
        screenshot("CertificateBrowserTests-detail-en");
    }
}
