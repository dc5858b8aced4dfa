package org.iptalent.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.Pdfs;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The certificate's PDF, read back with PDFBox: the holder's full name, what was earned, the serial number and the
 * verification link are in its text, the CJK font is embedded (a subset), and its QR code decodes to the link.
 */
@PlatformTest
class CertificatePdfTests {

    @Autowired
    Certificates certificates;
    @Autowired
    TalentRecords records;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    CertificateFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CertificateFixtures(records, talentAccounts, accounts, certificates);
    }

    @Test
    void theHolderDownloadsAChineseCertificateWithTheirNameSerialAndQrCode() throws Exception {
        CertificateFixtures.Holder holder = fixtures.holder("司马相如", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINER_QUALIFICATION", holder.talent(), "440300",
                LocalDate.of(2026, 4, 8));

        CertificatePdf pdf = TestAccounts.as(holder.account(), () -> certificates.pdf(issued.id(), Locale.CHINA));
        assertThat(pdf.fileName()).isEqualTo("证书-" + issued.serial() + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertThat(document.getNumberOfPages()).isOne();
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            Pdfs.keep(document, "certificates", "certificate-zh");
            assertThat(Pdfs.text(document)).contains("司马相如", "知识产权培训师资格证书", "专利代理实务", "兹证明",
                    issued.serial(), "2026年4月8日", "2029年4月7日", issued.verificationLink());

            Pdfs.assertCjkFontEmbedded(page);
            assertThat(pdf.content().length).as("the 4 MB font is embedded as a subset").isLessThan(400_000);
            assertThat(CertificatePdfs.qrCodes(page.getResources())).containsExactly(issued.verificationLink());
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Certificate' "
                + "and entity_id = ? and action = 'EXPORT'", Long.class, String.valueOf(issued.id()))).isOne();
    }

    @Test
    void anEnglishVariantSaysTheSameInEnglish() throws Exception {
        CertificateFixtures.Holder holder = fixtures.holder("Li Lei", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", holder.talent(), "440300",
                LocalDate.of(2026, 4, 8));
        CertificatePdf pdf = TestAccounts.as(holder.account(), () -> certificates.pdf(issued.id(), Locale.ENGLISH));
        assertThat(pdf.fileName()).isEqualTo("certificate-" + issued.serial() + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            Pdfs.keep(document, "certificates", "certificate-en");
            assertThat(Pdfs.text(document)).contains("Thisistocertifythat", "LiLei", "IPtrainingcompletioncertificate",
                    "8April2026", issued.serial()).doesNotContain("Validuntil");
        }
    }

    @Test
    void anotherTalentOrAnotherRegionsAdministratorGetsNoPdf() {
        TalentView talent = fixtures.talent("王五", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", talent, "440300", LocalDate.of(2026, 4, 8));
        CertificateFixtures.Holder other = fixtures.holder("赵六", "440300");
        UserSummary jiangsu = accounts.active("cert.js", Role.PROVINCIAL_ADMIN, "320000");
        UserSummary guangdong = accounts.active("cert.gd", Role.PROVINCIAL_ADMIN, "440000");

        assertThatThrownBy(() -> TestAccounts.as(other.account(), () -> certificates.pdf(issued.id(), Locale.CHINA)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> certificates.pdf(issued.id(), Locale.CHINA)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(TestAccounts.as(guangdong, () -> certificates.pdf(issued.id(), Locale.CHINA)).content())
                .startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
