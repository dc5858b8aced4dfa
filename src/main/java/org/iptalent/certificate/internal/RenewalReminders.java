package org.iptalent.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.registry.TalentAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds holders to renew: once a day, every issued certificate whose type's reminder period before expiry has
 * begun, and that has not been reminded of yet, sends its holder's account a notice (and an e-mail). The notice's
 * once-only key makes a second run, or a second node, record nothing new; the certificate is marked reminded so
 * later runs skip it. A holder with no account yet is looked at again on the next run.
 */
@Component
public class RenewalReminders {

    static final String TOPIC = "certificate";
    private static final Logger log = LoggerFactory.getLogger(RenewalReminders.class);
    private static final int BATCH = 1000;

    private record Candidate(long id, long talentId, String serial, LocalDate expiresOn) {
    }

    private final JdbcTemplate jdbc;
    private final TalentAccounts accounts;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RenewalReminders(DataSource dataSource, TalentAccounts accounts, Notifications notifications,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.accounts = accounts;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${iptalent.certificate.reminders.cron:0 30 7 * * *}")
    @SchedulerLock(name = "certificate-renewal-reminders", lockAtMostFor = "PT30M")
    public void scheduledRun() {
        int sent = run();
        if (sent > 0) {
            log.info("Certificate renewal reminders: {} sent", sent);
        }
    }

    /** Sends the reminders due today, a batch per transaction; returns how many notices were recorded. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Candidate> batch = jdbc.query("""
                    select c.id, c.talent_id, c.serial, c.expires_on
                    from certificate c join certificate_type t on t.id = c.type_id
                    where c.state = 'ISSUED' and c.reminded_at is null and c.expires_on is not null
                      and c.expires_on >= ? and c.expires_on - t.reminder_days <= ? and c.id > ?
                    order by c.id limit ?""", (rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2),
                    rs.getString(3), rs.getObject(4, LocalDate.class)), today, today, from, BATCH);
            if (batch.isEmpty()) {
                return sent;
            }
            Integer recorded = transactions.execute(status -> remind(batch));
            sent += recorded == null ? 0 : recorded;
            after = batch.get(batch.size() - 1).id();
        }
    }

    private int remind(List<Candidate> batch) {
        Map<Long, Long> accountOf = accounts.accountsOf(batch.stream().map(Candidate::talentId).distinct().toList());
        List<Notice> notices = new ArrayList<>();
        List<Long> reminded = new ArrayList<>();
        for (Candidate c : batch) {
            Long account = accountOf.get(c.talentId());
            if (account != null) {
                notices.add(Notice.of(account, TOPIC, "certificate.notice.renewal", c.serial(), c.expiresOn())
                        .linkedTo("/my/certificates").byEmail().once("certificate-renewal-" + c.id()));
                reminded.add(c.id());
            }
        }
        if (notices.isEmpty()) {
            return 0;
        }
        int recorded = notifications.sendAll(notices);
        jdbc.update("update certificate set reminded_at = now() where id = any(?)",
                (Object) reminded.toArray(Long[]::new));
        return recorded;
    }
}
