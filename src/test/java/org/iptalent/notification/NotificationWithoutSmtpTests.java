package org.iptalent.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ContactDetails;
import org.iptalent.notification.internal.MailOutbox;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;

/** Without an SMTP server (no spring.mail.host), notices are shown on the platform only, and the log says so. */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationWithoutSmtpTests {

    @Autowired
    Notifications notifications;
    @Autowired
    MailOutbox outbox;
    @Autowired
    ObjectProvider<JavaMailSender> mailSender;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ContactDetails contacts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEmailIsMarkedNotSentAndLoggedOnceABatch(CapturedOutput output) {
        assertThat(mailSender.getIfAvailable()).as("the shared test context configures no SMTP server").isNull();
        UserSummary reader = accounts.active("nosmtp", Role.TALENT, "440000");
        TestAccounts.as(reader, () -> {
            contacts.changeOwn("reader@example.cn", false, null);
            return null;
        });
        long id = transactions.execute(status -> {
            notifications.send(Notice.of(reader.id(), "account", "notification.emailChanged", "r***@example.cn")
                    .byEmail());
            return jdbc.queryForObject("select max(id) from notification where recipient_id = ?", Long.class,
                    reader.id());
        });

        outbox.sendPending();

        assertThat(jdbc.queryForMap("select email_status, email_last_error, read_at from notification where id = ?",
                id)).containsEntry("email_status", "NOT_SENT")
                .containsEntry("email_last_error", "no SMTP server configured").containsEntry("read_at", null);
        assertThat(output.getAll()).contains("e-mail not sent: no SMTP server configured");
        assertThat(TestAccounts.as(reader, notifications::unreadCount)).as("still in the inbox").isEqualTo(2);
    }
}
