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
import java.util.List;

/** Issuing a class's certificates in one batch: the rules of one issue, consecutive serials, nothing twice. */
@PlatformTest
class CertificateBatchTests {

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

    @Test
    void aBatchIssuesEachOnceWithConsecutiveSerialsAndLeavesThoseIssuedBefore() {
        CertificateFixtures fixtures = new CertificateFixtures(records, talentAccounts, accounts, certificates);
        TalentView first = fixtures.talent("欧阳明月", "320100");
        TalentView second = fixtures.talent("司马青云", "320100");
        long sourceA = CertificateFixtures.nextSource();
        long sourceB = CertificateFixtures.nextSource();
        CertificateIssue a = issue(first, sourceA);
        CertificateIssue b = issue(second, sourceB);
        IssuedCertificate before = certificates.issue(a);

        assertThat(certificates.issueAll(List.of(a, b))).isEqualTo(1);
        assertThat(certificates.issueAll(List.of(a, b))).isZero();
        List<String> serials = jdbc.queryForList("select serial from certificate where source_kind = 'TRAINING_CLASS'"
                + " and source_id in (?, ?) order by id", String.class, sourceA, sourceB);
        assertThat(serials).hasSize(2).first().isEqualTo(before.serial());
        long firstNumber = Long.parseLong(serials.get(0).replaceAll("\\D+", "").substring(4));
        long secondNumber = Long.parseLong(serials.get(1).replaceAll("\\D+", "").substring(4));
        assertThat(secondNumber).isGreaterThan(firstNumber);
        assertThat(jdbc.queryForObject("select count(distinct code) from certificate where source_id in (?, ?)"
                + " and source_kind = 'TRAINING_CLASS'", Long.class, sourceA, sourceB)).isEqualTo(2);
    }

    private static CertificateIssue issue(TalentView talent, long source) {
        return new CertificateIssue("TRAINING_COMPLETION", talent.id(), talent.name(), "完成“商标实务”培训，计 24 学时",
                "江苏省知识产权培训基地", LocalDate.of(2026, 5, 20), "320100", "TRAINING_CLASS", source);
    }
}
