package org.iptalent.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.iptalent.certificate.internal.ExternalCertificate.Review;
import org.iptalent.certificate.internal.ExternalCertificateInput;
import org.iptalent.certificate.internal.ExternalCertificates;
import org.iptalent.certificate.internal.UploadedCertificate;
import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Certificates earned elsewhere: uploaded by the talent (or an administrator for them), checked by their first
 * bytes and size with nothing stored when refused, reviewed by an administrator of the talent's region.
 */
@PlatformTest
class ExternalCertificateTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1);

    @Autowired
    Certificates certificates;
    @Autowired
    ExternalCertificates uploads;
    @Autowired
    TalentRecords records;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    CertificateFixtures fixtures;
    UserSummary guangdong;
    UserSummary jiangsu;

    @BeforeEach
    void setUp() {
        fixtures = new CertificateFixtures(records, talentAccounts, accounts, certificates);
        guangdong = accounts.active("cert.gd", Role.PROVINCIAL_ADMIN, "440000");
        jiangsu = accounts.active("cert.js", Role.PROVINCIAL_ADMIN, "320000");
    }

    static ExternalCertificateInput input() {
        return new ExternalCertificateInput(null, "专利代理师资格证", "中华人民共和国国家知识产权局", LocalDate.of(2022, 9, 1),
                null);
    }

    private long stored(long talentId) {
        return jdbc.queryForObject("select count(*) from external_certificate where talent_id = ?", Long.class,
                talentId) + jdbc.queryForObject("select count(*) from external_certificate_file f join "
                + "external_certificate c on c.id = f.certificate_id where c.talent_id = ?", Long.class, talentId)
                + jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'ExternalCertificate' "
                + "and detail_args like ?", Long.class, "%\"" + talentId + "\"%");
    }

    @Test
    void aTalentUploadsACertificateAndAnAdministratorOfTheRegionVerifiesIt() {
        CertificateFixtures.Holder holder = fixtures.holder("萧峰", "440300");
        UploadedCertificate uploaded = TestAccounts.as(holder.account(), () -> uploads.upload(input(),
                new MockMultipartFile("file", "C:\\fakepath\\资格证.png", "application/pdf", PNG)));
        assertThat(uploaded.review()).isEqualTo(Review.PENDING);
        assertThat(uploaded.mediaType()).as("from its bytes, not the content type sent").isEqualTo("image/png");
        assertThat(uploaded.fileName()).isEqualTo("资格证.png");
        assertThat(uploaded.holderMasked()).isEqualTo("萧*");
        assertThat(uploaded.regionCode()).isEqualTo("440300");
        assertThat(TestAccounts.as(holder.account(), () -> certificates.ofTalent(holder.talent().id()))).isEmpty();

        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> uploads.verify(uploaded.id(), uploaded.version())))
                .isInstanceOf(RecordNotFoundException.class);
        UploadedCertificate verified = TestAccounts.as(guangdong, () -> uploads.verify(uploaded.id(),
                uploaded.version()));
        assertThat(verified.review()).isEqualTo(Review.VERIFIED);
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> uploads.reject(uploaded.id(), verified.version(),
                "重复"))).isInstanceOf(ConflictException.class);

        var mine = TestAccounts.as(holder.account(), () -> certificates.ofTalent(holder.talent().id()));
        assertThat(mine).singleElement().satisfies(c -> {
            assertThat(c.external()).isTrue();
            assertThat(c.title()).isEqualTo("专利代理师资格证");
            assertThat(c.code()).isNull();
            assertThat(c.status()).isEqualTo(CertificateStatus.VALID);
        });
        var file = TestAccounts.as(holder.account(), () -> uploads.file(uploaded.id()));
        assertThat(file.content()).isEqualTo(PNG);
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> uploads.file(uploaded.id())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aRejectionNeedsAReasonAndTheTalentReadsIt() {
        CertificateFixtures.Holder holder = fixtures.holder("虚竹", "440300");
        UploadedCertificate uploaded = TestAccounts.as(holder.account(), () -> uploads.upload(input(),
                new MockMultipartFile("file", "cert.pdf", "application/pdf", PDF)));
        assertThat(uploaded.mediaType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> uploads.reject(uploaded.id(), uploaded.version(),
                " "))).hasMessage("certificate.reason.required");
        TestAccounts.as(guangdong, () -> uploads.reject(uploaded.id(), uploaded.version(), "扫描件不清晰"));
        assertThat(TestAccounts.as(holder.account(), () -> uploads.mine())).singleElement().satisfies(u -> {
            assertThat(u.review()).isEqualTo(Review.REJECTED);
            assertThat(u.rejectionReason()).isEqualTo("扫描件不清晰");
        });
    }

    @Test
    void aFileThatIsNoPdfOrImageIsRefusedAndNothingIsStored() {
        CertificateFixtures.Holder holder = fixtures.holder("阿朱", "440300");
        byte[] script = "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TestAccounts.as(holder.account(), () -> uploads.upload(input(),
                new MockMultipartFile("file", "certificate.pdf", "application/pdf", script))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("certificate.upload.file.kind"));
        assertThat(stored(holder.talent().id())).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitAndNothingIsStored() {
        CertificateFixtures.Holder holder = fixtures.holder("阿紫", "440300");
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThatThrownBy(() -> TestAccounts.as(holder.account(), () -> uploads.upload(input(),
                new MockMultipartFile("file", "big.pdf", "application/pdf", large))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo("certificate.upload.file.tooLarge");
                            assertThat(p.arguments()).first().isEqualTo(5L);
                        }));
        assertThat(stored(holder.talent().id())).isZero();
    }

    @Test
    void everyProblemOfAnUploadIsSaidAtOnce() {
        CertificateFixtures.Holder holder = fixtures.holder("钟灵", "440300");
        assertThatThrownBy(() -> TestAccounts.as(holder.account(), () -> uploads.upload(
                new ExternalCertificateInput(null, "", null, LocalDate.now().plusDays(3), null), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactlyInAnyOrder("title", "issuer", "issuedOn", "file"));
        assertThat(stored(holder.talent().id())).isZero();
    }

    @Test
    void anAdministratorUploadsForATalentOfTheirRegionOnly() {
        TalentView talent = fixtures.talent("木婉清", "440300");
        ExternalCertificateInput forTalent = new ExternalCertificateInput(talent.id(), "商标代理人员培训证书", "某协会",
                LocalDate.of(2024, 1, 10), LocalDate.of(2025, 1, 9));
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> uploads.upload(forTalent,
                new MockMultipartFile("file", "a.png", null, PNG)))).isInstanceOf(RecordNotFoundException.class);
        UploadedCertificate uploaded = TestAccounts.as(guangdong, () -> uploads.upload(forTalent,
                new MockMultipartFile("file", "a.png", null, PNG)));
        assertThat(uploaded.talentId()).isEqualTo(talent.id());
        TestAccounts.as(guangdong, () -> uploads.verify(uploaded.id(), uploaded.version()));
        assertThat(TestAccounts.as(guangdong, () -> certificates.ofTalent(talent.id()))).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CertificateStatus.EXPIRED));
    }

    @Test
    void anAccountLinkedToNoTalentCannotUpload() {
        UserSummary stranger = accounts.active("cert.nolink", Role.TALENT, "440300");
        assertThatThrownBy(() -> TestAccounts.as(stranger, () -> uploads.upload(input(),
                new MockMultipartFile("file", "a.png", null, PNG)))).isInstanceOf(AccessDeniedException.class);
    }
}
