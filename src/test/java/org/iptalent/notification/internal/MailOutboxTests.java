package org.iptalent.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.iptalent.identity.UserContacts;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ContactDetails;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.platform.FieldCipher;
import org.iptalent.shared.Role;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices by e-mail through a real SMTP server in the test JVM (GreenMail): the text in the recipient's language,
 * the absolute link, sent once however often the outbox runs, and not at all while another node holds its lock.
 */
@PlatformTest
class MailOutboxTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("iptalent.web.public-url", () -> "https://iptalent.example.cn/");
        // the tests run the outbox themselves
        registry.add("iptalent.notification.outbox-interval", () -> "1h");
    }

    @Autowired
    Notifications notifications;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ContactDetails contacts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LockProvider locks;
    @Autowired
    MutableClock clock;
    @Autowired
    NotificationTable table;
    @Autowired
    UserContacts userContacts;
    @Autowired
    MailTexts texts;
    @Autowired
    FieldCipher cipher;

    @AfterEach
    void tearDown() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        clock.reset();
    }

    @Test
    void aNoticeArrivesInChineseWithItsAbsoluteLinkOnceHoweverOftenTheOutboxRuns() throws Exception {
        UserSummary reader = withAddress("mail.zh", "zhang.san@example.cn", null);
        long id = sendByEmail(reader, "/account");

        MailOutbox.Run first = outbox.sendPending();
        MailOutbox.Run second = outbox.sendPending();

        assertThat(first.sent()).isEqualTo(1);
        assertThat(second.sent()).isZero();
        MimeMessage[] received = smtp.getReceivedMessagesForDomain("example.cn");
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("zhang.san@example.cn");
        assertThat(mail.getSubject()).isEqualTo("【知识产权人才管理平台】你接收通知的电子邮箱已设为 z***@example.cn。"
                + "如非本人操作，请立即联系管理员。");
        String body = GreenMailUtil.getBody(mail);
        String text = (String) mail.getContent();
        assertThat(text).contains(reader.displayName() + "，您好：", "你接收通知的电子邮箱已设为 z***@example.cn",
                "查看详情：https://iptalent.example.cn/account", "全部通知：https://iptalent.example.cn/notifications");
        assertThat(body).isNotBlank();
        assertThat(status(id)).containsEntry("email_status", "SENT").containsEntry("email_attempts", 1);
    }

    @Test
    void aReaderWhoChoseEnglishGetsItInEnglish() throws Exception {
        UserSummary reader = withAddress("mail.en", "li.si@example.org", "en");
        sendByEmail(reader, null);

        outbox.sendPending();

        MimeMessage[] received = smtp.getReceivedMessagesForDomain("example.org");
        assertThat(received).hasSize(1);
        // the subject is the text cut to a line; the body has it whole
        assertThat(received[0].getSubject()).isEqualTo("[IP Talent Platform] Your notices are now also e-mailed to "
                + "l***@example.org. If you did not set this…");
        assertThat((String) received[0].getContent()).contains("Dear " + reader.displayName() + ",",
                "Your notices are now also e-mailed to l***@example.org. If you did not set this address, contact an "
                        + "administrator at once.", "All your notices: https://iptalent.example.cn/notifications")
                .doesNotContain("Details:");
    }

    @Test
    void aReaderWithoutAnAddressGetsNoMail() {
        UserSummary reader = accounts.active("mail.none", Role.TALENT, "440000");
        long id = transactions.execute(status -> {
            notifications.send(Notice.of(reader.id(), "account", "notification.emailRemoved").byEmail());
            return jdbc.queryForObject("select max(id) from notification where recipient_id = ?", Long.class,
                    reader.id());
        });

        outbox.sendPending();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(status(id)).containsEntry("email_status", "NOT_SENT")
                .containsEntry("email_last_error", "recipient has no e-mail address");
    }

    @Test
    void theScheduledRunSendsNothingWhileAnotherNodeHoldsTheLock() {
        UserSummary reader = withAddress("mail.lock", "wang.wu@example.net", null);
        long id = sendByEmail(reader, "/notifications");
        SimpleLock held = locks.lock(new LockConfiguration(java.time.Instant.now(), "notification-outbox",
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        try {
            outbox.run();
            assertThat(smtp.getReceivedMessages()).as("the other node holds the outbox's lock").isEmpty();
            assertThat(status(id)).containsEntry("email_status", "PENDING");
        } finally {
            held.unlock();
        }
        outbox.run();
        assertThat(smtp.getReceivedMessagesForDomain("example.net")).hasSize(1);
        assertThat(status(id)).containsEntry("email_status", "SENT");
    }

    @Test
    void twoRunsAtOnceSendEachNoticeOnce() throws Exception {
        UserSummary reader = withAddress("mail.twice", "zhao.liu@example.edu", null);
        for (int i = 0; i < 120; i++) {
            sendByEmail(reader, "/notifications");
        }

        // two nodes' runs at the same moment (the lock aside): each claims rows the other has not locked
        List<CompletableFuture<MailOutbox.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(outbox::sendPending));
        }
        int sent = 0;
        for (CompletableFuture<MailOutbox.Run> run : runs) {
            sent += run.get().sent();
        }

        assertThat(sent).isEqualTo(120);
        assertThat(smtp.getReceivedMessagesForDomain("example.edu")).hasSize(120);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and email_status = "
                + "'SENT' and email_attempts = 1", Long.class, reader.id())).isEqualTo(120);
    }

    @Test
    void anUnreachableServerIsTriedAgainLaterThenGivenUp() throws Exception {
        UserSummary reader = withAddress("mail.down", "qian.qi@example.com", null);
        long id = sendByEmail(reader, null);
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("localhost");
        down.setPort(closedPort());
        MailOutbox failing = new MailOutbox(table,
                new StaticListableBeanFactory(Map.of("mailSender", down)).getBeanProvider(JavaMailSender.class),
                userContacts, texts, new NotificationProperties(Duration.ofHours(1), 50, 2, Duration.ofMinutes(1),
                        Duration.ofHours(1), "no-reply@localhost"),
                transactions, clock);

        MailOutbox.Run first = failing.sendPending();
        assertThat(first.retried()).isEqualTo(1);
        assertThat(status(id)).containsEntry("email_status", "PENDING").containsEntry("email_attempts", 1);
        assertThat((String) status(id).get("email_last_error")).contains("Couldn't connect to host");
        assertThat(failing.sendPending().total()).as("not due before its backoff").isZero();

        clock.advance(Duration.ofMinutes(2));
        MailOutbox.Run second = failing.sendPending();
        assertThat(second.failed()).isEqualTo(1);
        assertThat(status(id)).containsEntry("email_status", "FAILED").containsEntry("email_attempts", 2);

        outbox.sendPending();
        assertThat(smtp.getReceivedMessagesForDomain("example.com")).as("given up: never sent").isEmpty();
    }

    @Test
    void anAddressTheMailLibraryRefusesFailsAloneAndTheRestOfTheBatchGoes() {
        // an address stored before addresses were checked strictly: the library cannot address an e-mail to it
        UserSummary unaddressable = withAddress("mail.quote", "zhou.ba@example.info", null);
        jdbc.update("update app_user set email_cipher = ? where id = ?", cipher.encrypt("zhou\"ba@example.info"),
                unaddressable.id());
        long bad = sendByEmail(unaddressable, null);
        UserSummary reader = withAddress("mail.after", "wu.jiu@example.info", null);
        long good = sendByEmail(reader, null);
        long alsoGood = sendByEmail(reader, "/notifications");

        MailOutbox.Run run = outbox.sendPending();

        assertThat(run.sent()).isEqualTo(2);
        assertThat(run.failed()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessagesForDomain("example.info");
        assertThat(received).hasSize(2);
        assertThat(status(good)).containsEntry("email_status", "SENT");
        assertThat(status(alsoGood)).containsEntry("email_status", "SENT");
        assertThat(status(bad)).containsEntry("email_status", "FAILED").containsEntry("email_attempts", 1);
        assertThat((String) status(bad).get("email_last_error")).startsWith("AddressException")
                .doesNotContain("zhou\"ba@");
        // given up, it no longer comes first: later notices go on the next run
        long later = sendByEmail(reader, null);
        assertThat(outbox.sendPending().sent()).isEqualTo(1);
        assertThat(status(later)).containsEntry("email_status", "SENT");
        assertThat(smtp.getReceivedMessagesForDomain("example.info")).hasSize(3);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private UserSummary withAddress(String prefix, String email, String language) {
        UserSummary user = accounts.active(prefix, Role.TALENT, "440000");
        TestAccounts.as(user, () -> {
            contacts.changeOwn(email, false, language);
            return null;
        });
        // setting the address told the user about it, in the inbox only: that notice is no e-mail
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and email_status "
                + "<> 'NONE'", Long.class, user.id())).isZero();
        return user;
    }

    private long sendByEmail(UserSummary reader, String link) {
        return transactions.execute(status -> {
            Notice notice = Notice.of(reader.id(), "account", "notification.emailChanged",
                    jdbc.queryForObject("select email_masked from app_user where id = ?", String.class, reader.id()))
                    .byEmail();
            notifications.send(link == null ? notice : notice.linkedTo(link));
            return jdbc.queryForObject("select max(id) from notification where recipient_id = ?", Long.class,
                    reader.id());
        });
    }

    private Map<String, Object> status(long id) {
        return jdbc.queryForMap("select email_status, email_attempts, email_last_error from notification where id = ?",
                id);
    }
}
