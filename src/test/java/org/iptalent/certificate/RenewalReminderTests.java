package org.iptalent.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.iptalent.certificate.internal.RenewalReminders;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reminder before a certificate expires: sent once to the holder's account, when its type's period begins. */
@PlatformTest
class RenewalReminderTests {

    @Autowired
    Certificates certificates;
    @Autowired
    RenewalReminders reminders;
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
    void setUp() {
        fixtures = new CertificateFixtures(records, talentAccounts, accounts, certificates);
    }

    private long notices(long userId) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and message_key = "
                + "'certificate.notice.renewal'", Long.class, userId);
    }

    @Test
    void aHolderIsRemindedOnceWhenTheReminderPeriodBegins() {
        LocalDate today = LocalDate.now();
        CertificateFixtures.Holder due = fixtures.holder("乔峰", "440300");
        // a 3-year certificate that expires in 29 days: within the type's 90 days
        IssuedCertificate expiring = fixtures.issue("TRAINER_QUALIFICATION", due.talent(), "440300",
                today.minusYears(3).plusDays(30));
        CertificateFixtures.Holder notYet = fixtures.holder("游坦之", "440300");
        fixtures.issue("TRAINER_QUALIFICATION", notYet.talent(), "440300", today.minusYears(2));
        TalentView withoutAccount = fixtures.talent("丁春秋", "440300");
        IssuedCertificate unreachable = fixtures.issue("TRAINER_QUALIFICATION", withoutAccount, "440300",
                today.minusYears(3).plusDays(30));

        reminders.run();
        reminders.run();

        assertThat(notices(due.account().id())).isOne();
        assertThat(notices(notYet.account().id())).isZero();
        var notice = jdbc.queryForMap("select topic, arguments::text as arguments, link, dedupe_key, email_status "
                + "from notification where recipient_id = ?", due.account().id());
        assertThat(notice.get("topic")).isEqualTo("certificate");
        assertThat((String) notice.get("arguments")).contains(expiring.serial(), expiring.expiresOn().toString());
        assertThat(notice.get("link")).isEqualTo("/my/certificates");
        assertThat(notice.get("dedupe_key")).isEqualTo("certificate-renewal-" + expiring.id());
        assertThat(jdbc.queryForObject("select reminded_at is not null from certificate where id = ?", Boolean.class,
                expiring.id())).isTrue();
        // a holder with no account yet is looked at again next time
        assertThat(jdbc.queryForObject("select reminded_at is null from certificate where id = ?", Boolean.class,
                unreachable.id())).isTrue();

        // even when the mark is lost (a run that died after sending), the notice's once-only key holds
        jdbc.update("update certificate set reminded_at = null where id = ?", expiring.id());
        reminders.run();
        assertThat(notices(due.account().id())).isOne();
    }
}
