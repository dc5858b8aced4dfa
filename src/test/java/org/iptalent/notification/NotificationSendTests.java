package org.iptalent.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Sending: in the sender's transaction, once per dedupe key, in bulk for a whole cohort. */
@PlatformTest
class NotificationSendTests {

    @Autowired
    Notifications notifications;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary reader;

    @BeforeEach
    void setUp() {
        reader = accounts.active("notice.reader", Role.TALENT, "440000");
    }

    @Test
    void aNoticeLandsInTheInboxUnread() {
        transactions.executeWithoutResult(status -> notifications.send(
                Notice.of(reader.id(), "account", "notification.emailChanged", "z***@example.cn").linkedTo("/account")));

        assertThat(TestAccounts.as(reader, notifications::unreadCount)).isEqualTo(1);
        var row = jdbc.queryForMap("select topic, message_key, arguments::text as arguments, link, email_status, "
                + "read_at from notification where recipient_id = ?", reader.id());
        assertThat(row).containsEntry("topic", "account").containsEntry("message_key", "notification.emailChanged")
                .containsEntry("arguments", "[\"z***@example.cn\"]").containsEntry("link", "/account")
                .containsEntry("email_status", "NONE").containsEntry("read_at", null);
    }

    @Test
    void aNoticeAskingForMailWaitsForTheOutbox() {
        transactions.executeWithoutResult(status -> notifications.send(
                Notice.of(reader.id(), "account", "notification.emailChanged", "x").byEmail()));
        assertThat(jdbc.queryForObject("select email_status from notification where recipient_id = ?", String.class,
                reader.id())).isIn("PENDING", "NOT_SENT");
    }

    @Test
    void aRolledBackChangeNotifiesNobody() {
        transactions.executeWithoutResult(status -> {
            notifications.send(Notice.of(reader.id(), "account", "notification.emailChanged", "x"));
            status.setRollbackOnly();
        });
        assertThat(TestAccounts.as(reader, notifications::unreadCount)).isZero();
    }

    @Test
    void aDedupeKeyMakesANoticeOnceOnly() {
        Notice reminder = Notice.of(reader.id(), "enrollment", "notification.emailChanged", "x").once("reminder-7");
        transactions.executeWithoutResult(status -> notifications.send(reminder));
        transactions.executeWithoutResult(status -> notifications.send(reminder));
        int again = transactions.execute(status -> notifications.sendAll(List.of(reminder, reminder)));

        assertThat(again).isZero();
        assertThat(TestAccounts.as(reader, notifications::unreadCount)).isEqualTo(1);
        // the key is per recipient: another user gets the same reminder
        UserSummary other = accounts.active("notice.other", Role.TALENT, "440000");
        transactions.executeWithoutResult(status -> notifications.send(
                new Notice(other.id(), reminder.topic(), reminder.messageKey(), reminder.arguments(), null, false,
                        reminder.dedupeKey())));
        assertThat(TestAccounts.as(other, notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void aWholeCohortIsSentInBulkSkippingThoseAlreadyReminded() {
        List<UserSummary> cohort = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cohort.add(accounts.active("notice.cohort", Role.TALENT, "440000"));
        }
        List<Notice> notices = new ArrayList<>();
        // 12,000 notices (more than one statement's chunk) to three people, each key four thousand times
        for (int i = 0; i < 12_000; i++) {
            UserSummary user = cohort.get(i % 3);
            notices.add(Notice.of(user.id(), "enrollment", "notification.emailChanged", "n" + (i / 3))
                    .once("class-9-day-" + (i / 3)));
        }
        long started = System.nanoTime();
        int recorded = transactions.execute(status -> notifications.sendAll(notices));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(recorded).isEqualTo(12_000);
        assertThat(millis).as("one statement per 5,000 notices, not one per notice").isLessThan(15_000);
        assertThat(TestAccounts.as(cohort.get(2), notifications::unreadCount)).isEqualTo(4_000);
        int repeated = transactions.execute(status -> notifications.sendAll(notices.subList(0, 30)));
        assertThat(repeated).isZero();
    }

    @Test
    void aSendersMistakeIsRefusedAtOnce() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> notifications.send(
                Notice.of(reader.id(), "account", "notification.noSuchKey"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("message key");
        // a topic the inbox has no label for would show as its raw code
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> notifications.send(
                Notice.of(reader.id(), "certificate.renewal", "notification.emailChanged", "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notification.topic.certificate.renewal");
        for (String link : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "account",
                "/a b")) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> notifications.send(
                    Notice.of(reader.id(), "account", "notification.emailChanged", "x").linkedTo(link))))
                    .as(link).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("platform path");
        }
        assertThat(TestAccounts.as(reader, notifications::unreadCount)).isZero();
    }
}
