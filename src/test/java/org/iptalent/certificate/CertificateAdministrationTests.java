package org.iptalent.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import org.iptalent.certificate.internal.CertificateAdministration;
import org.iptalent.certificate.internal.CertificateCriteria;
import org.iptalent.certificate.internal.CertificateDetail;
import org.iptalent.certificate.internal.CertificateSummary;
import org.iptalent.certificate.internal.PublicVerification;
import org.iptalent.certificate.internal.Verification;
import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators see and act on the certificates of their region only; revocation and renewal. */
@PlatformTest
class CertificateAdministrationTests {

    @Autowired
    Certificates certificates;
    @Autowired
    CertificateAdministration administration;
    @Autowired
    PublicVerification verification;
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
    UserSummary shenzhen;
    UserSummary guangzhou;
    UserSummary jiangsu;

    @BeforeEach
    void setUp() {
        fixtures = new CertificateFixtures(records, talentAccounts, accounts, certificates);
        guangdong = accounts.active("cert.gd", Role.PROVINCIAL_ADMIN, "440000");
        shenzhen = accounts.active("cert.sz", Role.CITY_ADMIN, "440300");
        guangzhou = accounts.active("cert.gz", Role.CITY_ADMIN, "440100");
        jiangsu = accounts.active("cert.js", Role.PROVINCIAL_ADMIN, "320000");
    }

    private boolean listed(UserSummary admin, IssuedCertificate issued) {
        return TestAccounts.as(admin, () -> administration.find(new CertificateCriteria(issued.serial(), null, null,
                null), PageRequest.of(0, 20))).getContent().stream().anyMatch(c -> c.id() == issued.id());
    }

    @Test
    void administratorsSeeTheCertificatesOfTheirRegionOnly() {
        TalentView talent = fixtures.talent("孙七", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", talent, "440300", LocalDate.of(2026, 6, 1));

        assertThat(listed(fixtures.national(), issued)).isTrue();
        assertThat(listed(guangdong, issued)).isTrue();
        assertThat(listed(shenzhen, issued)).isTrue();
        assertThat(listed(guangzhou, issued)).isFalse();
        assertThat(listed(jiangsu, issued)).isFalse();
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> administration.get(issued.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(guangzhou, () -> administration.revoke(issued.id(), null, "错误")))
                .isInstanceOf(RecordNotFoundException.class);

        CertificateDetail detail = TestAccounts.as(shenzhen, () -> administration.get(issued.id()));
        assertThat(detail.holderMasked()).isEqualTo("孙*");
        assertThat(detail.code()).isEqualTo(issued.code());
        assertThat(detail.status()).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void theListFindsACertificateBySerialOrCodeAndFiltersByTypeStatusAndYear() {
        TalentView talent = fixtures.talent("周八", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", talent, "440300", LocalDate.of(2025, 6, 1));
        var byCode = TestAccounts.as(guangdong, () -> administration.find(new CertificateCriteria(
                issued.code().toLowerCase(Locale.ROOT), null, null, null), PageRequest.of(0, 20))).getContent();
        assertThat(byCode).extracting(CertificateSummary::id).containsExactly(issued.id());
        var filtered = TestAccounts.as(guangdong, () -> administration.find(new CertificateCriteria(issued.serial(),
                "TRAINING_COMPLETION", CertificateStatus.VALID, 2025), PageRequest.of(0, 20))).getContent();
        assertThat(filtered).extracting(CertificateSummary::id).containsExactly(issued.id());
        assertThat(TestAccounts.as(guangdong, () -> administration.find(new CertificateCriteria(issued.serial(), null,
                CertificateStatus.REVOKED, null), PageRequest.of(0, 20))).getContent()).isEmpty();
        assertThat(TestAccounts.as(guangdong, () -> administration.find(new CertificateCriteria(issued.serial(), null,
                null, 2024), PageRequest.of(0, 20))).getContent()).isEmpty();
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> administration.find(new CertificateCriteria(null,
                null, null, 99999), PageRequest.of(0, 20)))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.field()).isEqualTo("year"));
    }

    @Test
    void aRevokedCertificateVerifiesAsRevokedWithItsDateButNotItsReason() {
        TalentView talent = fixtures.talent("吴九", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", talent, "440300", LocalDate.of(2026, 6, 1));

        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> administration.revoke(issued.id(), null, "  ")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("certificate.reason.required"));
        CertificateDetail revoked = TestAccounts.as(guangdong, () -> administration.revoke(issued.id(), null,
                "学时记录有误，撤销重发"));
        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revocationReason()).isEqualTo("学时记录有误，撤销重发");

        Verification verified = verification.verify(issued.code(), "192.0.2.50", Locale.CHINA);
        assertThat(verified.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(verified.revokedOn()).isEqualTo(revoked.revokedOn()).isNotNull();
        assertThat(verified.toString()).doesNotContain("学时记录有误");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Certificate' "
                + "and entity_id = ? and detail_args like ?", Long.class, String.valueOf(issued.id()),
                "%学时记录有误%")).isOne();

        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> administration.revoke(issued.id(), null, "再次")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> TestAccounts.as(holderOf(talent), () -> certificates.pdf(issued.id(), Locale.CHINA)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aRevocationTellsTheHolderThatAndWhenButNotWhy() {
        CertificateFixtures.Holder holder = fixtures.holder("冯十一", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", holder.talent(), "440300",
                LocalDate.of(2026, 6, 1));

        CertificateDetail revoked = TestAccounts.as(guangdong, () -> administration.revoke(issued.id(), null,
                "内部核查：学时造假"));

        var notices = jdbc.queryForList("select topic, message_key, arguments::text as arguments, link, email_status "
                + "from notification where recipient_id = ?", holder.account().id());
        assertThat(notices).hasSize(1);
        var notice = notices.get(0);
        assertThat(notice.get("topic")).isEqualTo("certificate");
        assertThat(notice.get("message_key")).isEqualTo("certificate.notice.revoked");
        assertThat(notice.get("link")).isEqualTo("/my/certificates");
        assertThat((String) notice.get("arguments")).contains(issued.serial(), revoked.revokedOn().toString(),
                "专利代理实务").doesNotContain("学时造假", "内部核查");

        TalentView without = fixtures.talent("陈十二", "440300");
        IssuedCertificate unlinked = fixtures.issue("TRAINING_COMPLETION", without, "440300", LocalDate.of(2026, 6, 1));
        long before = jdbc.queryForObject("select count(*) from notification where message_key = ?", Long.class,
                "certificate.notice.revoked");
        assertThat(TestAccounts.as(guangdong, () -> administration.revoke(unlinked.id(), null, "错误")).status())
                .as("a holder with no account is told nothing, and the revocation stands")
                .isEqualTo(CertificateStatus.REVOKED);
        assertThat(jdbc.queryForObject("select count(*) from notification where message_key = ?", Long.class,
                "certificate.notice.revoked")).isEqualTo(before);
    }

    private UserSummary holderOf(TalentView talent) {
        UserSummary account = accounts.active("cert.holder", Role.TALENT, "440300");
        TestAccounts.as(fixtures.national(), () -> {
            talentAccounts.link(talent.id(), account.username());
            return null;
        });
        return account;
    }

    @Test
    void renewingACertificateThatExpiresIssuesANewOneAndSupersedesTheOld() {
        TalentView talent = fixtures.talent("郑十", "440300");
        IssuedCertificate old = fixtures.issue("TRAINER_QUALIFICATION", talent, "440300", LocalDate.of(2023, 12, 20));
        assertThat(verification.verify(old.code(), "192.0.2.51", Locale.CHINA).status())
                .isEqualTo(CertificateStatus.VALID);

        CertificateDetail renewal = TestAccounts.as(guangdong, () -> administration.renew(old.id(), null));
        LocalDate today = LocalDate.now();
        assertThat(renewal.id()).isNotEqualTo(old.id());
        assertThat(renewal.serial()).isNotEqualTo(old.serial()).startsWith("TCH-" + today.getYear());
        assertThat(renewal.code()).isNotEqualTo(old.code());
        assertThat(renewal.issuedOn()).isEqualTo(today);
        assertThat(renewal.expiresOn()).isEqualTo(today.plusYears(3).minusDays(1));
        assertThat(renewal.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(renewal.holderMasked()).isEqualTo("郑*");

        CertificateDetail superseded = TestAccounts.as(guangdong, () -> administration.get(old.id()));
        assertThat(superseded.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(superseded.renewedById()).isEqualTo(renewal.id());
        assertThat(verification.verify(old.code(), "192.0.2.51", Locale.CHINA).status())
                .isEqualTo(CertificateStatus.SUPERSEDED);
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> administration.renew(old.id(), null)))
                .isInstanceOf(BusinessRuleException.class);

        IssuedCertificate forever = fixtures.issue("TRAINING_COMPLETION", talent, "440300", LocalDate.of(2026, 1, 2));
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> administration.renew(forever.id(), null)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("certificate.renew.notAllowed"));
    }
}
