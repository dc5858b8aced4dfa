package org.iptalent.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;

/**
 * Talents with accounts, and certificates issued to them as training would issue them. Built by each test from its
 * beans (a component here would join every test's application context).
 */
public class CertificateFixtures {

    /** Source ids no other test uses, so that every issue is a new certificate. */
    private static final AtomicLong SOURCES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final TalentRecords records;
    private final TalentAccounts talentAccounts;
    private final TestAccounts accounts;
    private final Certificates certificates;
    private UserSummary national;

    public CertificateFixtures(TalentRecords records, TalentAccounts talentAccounts, TestAccounts accounts,
            Certificates certificates) {
        this.records = records;
        this.talentAccounts = talentAccounts;
        this.accounts = accounts;
        this.certificates = certificates;
    }

    /** A talent and the talent account linked to it. */
    public record Holder(TalentView talent, UserSummary account) {
    }

    public synchronized UserSummary national() {
        if (national == null) {
            national = accounts.active("cert.national", Role.NATIONAL_ADMIN, null);
        }
        return national;
    }

    public TalentView talent(String name, String region) {
        String identity = TestIdentities.identity(region.substring(0, 4) + "05", true);
        return TestAccounts.as(national(), () -> records.create(new TalentInput(name, null, null, identity, null,
                null, null, null, null, null, null, region, null, List.of("APP_PATENT_AGENT"), null, null, null, null),
                Talent.Source.MANUAL));
    }

    public Holder holder(String name, String region) {
        TalentView talent = talent(name, region);
        UserSummary account = accounts.active("cert.talent", Role.TALENT, region);
        TestAccounts.as(national(), () -> {
            talentAccounts.link(talent.id(), account.username());
            return null;
        });
        return new Holder(talent, account);
    }

    public IssuedCertificate issue(String type, TalentView talent, String region, LocalDate issuedOn) {
        return certificates.issue(new CertificateIssue(type, talent.id(), talent.name(),
                "完成“专利代理实务”培训（2026年春季班），计 40 学时", "广东省知识产权培训基地", issuedOn, region,
                "TRAINING_CLASS", nextSource()));
    }

    public static long nextSource() {
        return SOURCES.incrementAndGet();
    }
}
