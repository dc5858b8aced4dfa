package org.iptalent.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issuing as training does it: idempotent, race-free serial numbers, random codes, the holder's name encrypted. */
@PlatformTest
class CertificateIssuingTests {

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

    private CertificateIssue completion(TalentView talent, long source) {
        return new CertificateIssue("TRAINING_COMPLETION", talent.id(), talent.name(), "完成“商标实务”培训，计 24 学时",
                "江苏省知识产权培训基地", LocalDate.of(2026, 5, 20), "320100", "TRAINING_CLASS", source);
    }

    @Test
    void issuingTheSameCertificateAgainReturnsTheOneIssuedBefore() {
        TalentView talent = fixtures.talent("欧阳明月", "320100");
        long source = CertificateFixtures.nextSource();
        IssuedCertificate first = certificates.issue(completion(talent, source));
        IssuedCertificate again = certificates.issue(completion(talent, source));

        assertThat(again).isEqualTo(first);
        assertThat(first.serial()).matches("TRN-2026-\\d{6}");
        assertThat(first.code()).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(first.verificationLink()).endsWith("/verify/" + first.code());
        assertThat(first.expiresOn()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from certificate where talent_id = ?", Long.class,
                talent.id())).isOne();

        // the name is stored encrypted, and the audit log names the certificate, not the person
        String stored = jdbc.queryForObject("select holder_name_cipher from certificate where id = ?", String.class,
                first.id());
        assertThat(stored).startsWith("v1:").doesNotContain("欧阳明月");
        assertThat(jdbc.queryForList("select detail_args from audit_entry where entity_type = 'Certificate' "
                + "and entity_id = ?", String.class, String.valueOf(first.id()))).hasSize(1)
                .allSatisfy(args -> assertThat(args).contains(first.serial()).doesNotContain("欧阳明月"));
    }

    @Test
    void anotherSourceOrTalentIsAnotherCertificateWithTheNextNumber() {
        TalentView talent = fixtures.talent("李四", "320100");
        IssuedCertificate one = certificates.issue(completion(talent, CertificateFixtures.nextSource()));
        IssuedCertificate two = certificates.issue(completion(talent, CertificateFixtures.nextSource()));
        assertThat(two.id()).isNotEqualTo(one.id());
        assertThat(two.code()).isNotEqualTo(one.code());
        long first = Long.parseLong(one.serial().substring(9));
        assertThat(Long.parseLong(two.serial().substring(9))).isGreaterThan(first);
    }

    @Test
    void aTypeThatExpiresGivesItsCertificatesAnExpiryDate() {
        TalentView talent = fixtures.talent("赵敏", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINER_QUALIFICATION", talent, "440300", LocalDate.of(2026, 3, 1));
        assertThat(issued.serial()).matches("TCH-2026-\\d{5}");
        assertThat(issued.expiresOn()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    /** Many issues at once, half of them the same certificates twice: one certificate each, no number given twice. */
    @Test
    void issuesAtTheSameTimeNeverShareANumberNorDuplicateACertificate() throws Exception {
        List<TalentView> talents = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> fixtures.talent("并发" + (char) ('甲' + i), "320100")).toList();
        long source = CertificateFixtures.nextSource();
        List<Callable<IssuedCertificate>> work = new java.util.ArrayList<>();
        for (TalentView talent : talents) {
            work.add(() -> certificates.issue(completion(talent, source)));
            work.add(() -> certificates.issue(completion(talent, source)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<IssuedCertificate> issued = new java.util.ArrayList<>();
            for (Future<IssuedCertificate> f : pool.invokeAll(work)) {
                issued.add(f.get());
            }
            Set<Long> ids = issued.stream().map(IssuedCertificate::id).collect(Collectors.toSet());
            assertThat(ids).hasSize(6);
            assertThat(issued.stream().map(IssuedCertificate::serial).collect(Collectors.toSet())).hasSize(6);
        } finally {
            pool.shutdown();
        }
    }

    /** A class's trainees at once: one certificate each, consecutive numbers, one audit entry for the batch. */
    @Test
    void manyIssuedAtOnceAreIssuedOnceEachWithConsecutiveNumbers() {
        List<TalentView> talents = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> fixtures.talent("批量" + (char) ('甲' + i), "320100")).toList();
        long source = CertificateFixtures.nextSource();
        IssuedCertificate before = certificates.issue(completion(talents.get(0), source));
        List<CertificateIssue> batch = new java.util.ArrayList<>(talents.stream().map(t -> completion(t, source))
                .toList());
        batch.add(completion(talents.get(2), source));

        assertThat(certificates.issueAll(batch)).isEqualTo(2);
        assertThat(certificates.issueAll(batch)).isZero();
        List<String> serials = jdbc.queryForList("select serial from certificate where source_kind = 'TRAINING_CLASS' "
                + "and source_id = ? order by serial", String.class, source);
        assertThat(serials).hasSize(3).contains(before.serial());
        long second = Long.parseLong(serials.get(1).substring(9));
        assertThat(Long.parseLong(serials.get(2).substring(9))).isEqualTo(second + 1);
        assertThat(jdbc.queryForObject("select count(distinct code) from certificate where source_id = ?", Long.class,
                source)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where detail_key = 'certificate.audit.issuedMany' "
                + "and detail_args like ?", Long.class, "%" + serials.get(2) + "%")).isOne();
    }

    @Test
    void anUnknownTypeOrMissingFieldsAreRefused() {
        TalentView talent = fixtures.talent("钱七", "320100");
        assertThatThrownBy(() -> certificates.issue(new CertificateIssue("NO_SUCH_TYPE", talent.id(), talent.name(),
                "完成培训", "某基地", LocalDate.of(2026, 1, 5), "320100", "TRAINING_CLASS", 1)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("certificate.type.unknown");
        assertThatThrownBy(() -> certificates.issue(new CertificateIssue("TRAINING_COMPLETION", talent.id(), " ",
                "", "某基地", null, "999900", "training", 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactlyInAnyOrder("holderName", "achievement", "issuedOn", "regionCode", "sourceKind"));
    }
}
