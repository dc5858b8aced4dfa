package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.iptalent.identity.UserSummary;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user's notices as they meet them: the bell's count in the header, the inbox with the unread ones marked, a notice
 * followed to its page, and the count dropping as they read; in Chinese and in English (screenshots too).
 */
@PlatformTest
class NotificationBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aUserSeesTheBellFollowsANoticeAndTheCountDrops() {
        UserSummary talent = accounts.active("bell.talent", Role.TALENT, "440000");
        send(Notice.of(talent.id(), "account", "notification.emailRemoved"));
        send(Notice.of(talent.id(), "account", "notification.emailChanged", "l***@example.cn"));
        send(Notice.of(talent.id(), "account", "notification.emailChanged", "z***@example.cn").linkedTo("/account"));

        signIn(talent.username(), TestAccounts.PASSWORD);
        assertThat(page.locator("#notification-count")).hasText("3");
        page.click("#notification-bell");
        assertThat(page).hasURL(url("/notifications"));
        assertThat(page.locator("h1")).hasText("我的通知");
        assertThat(page.locator(".notification-unread")).hasCount(3);
        assertThat(page.locator(".notification-item").first()).containsText("z***@example.cn");
        screenshot("notifications/inbox");

        page.locator(".notification-item").first().locator(".notification-open").click();
        assertThat(page).hasURL(url("/account"));
        assertThat(page.locator("#notification-count")).hasText("2");

        page.click("#notification-bell");
        page.click("#filter-unread");
        assertThat(page.locator(".notification-item")).hasCount(2);
        page.locator(".notification-item").first().locator(".notification-read").click();
        assertThat(page).hasURL(Pattern.compile(".*/notifications\\?unread=true"));
        assertThat(page.locator(".notification-item")).hasCount(1);
        assertThat(page.locator("#notification-count")).hasText("1");
        screenshot("notifications/inbox-unread");

        page.click("#lang-switch");
        assertThat(page.locator("h1")).hasText("My notices");
        assertThat(page.locator(".notification-item").first()).containsText("was removed");
        assertThat(page.locator("#notification-bell")).hasAttribute("aria-label", "1 unread notices");
        page.navigate(url("/notifications"));
        screenshot("notifications/inbox-en");
        page.click("#mark-all-read");
        assertThat(page.locator(".alert-success")).containsText("All your notices are marked read.");
        assertThat(page.locator("#notification-count")).hasCount(0);
        assertThat(page.locator(".notification-unread")).hasCount(0);
        screenshot("notifications/inbox-all-read-en");
    }

    @Test
    void settingAnAddressOnTheAccountPageArrivesAsANotice() {
        UserSummary expert = accounts.active("bell.expert", Role.EXPERT, "320000");
        signIn(expert.username(), TestAccounts.PASSWORD);
        assertThat(page.locator("#notification-bell")).isVisible();
        assertThat(page.locator("#notification-count")).hasCount(0);

        page.navigate(url("/account"));
        page.fill("#contact-email", "sun.yi@example");
        page.click("#save-contact");
        assertThat(page.locator("#contact-error")).containsText("电子邮箱格式不正确");
        screenshot("notifications/account-email-refused");
        page.fill("#contact-email", "sun.yi@example.cn");
        page.click("#save-contact");
        assertThat(page.locator(".alert-success")).containsText("通知邮件设置已保存");
        assertThat(page.locator("#account-contact")).containsText("s***@example.cn");
        assertThat(page.locator("#notification-count")).hasText("1");
        screenshot("notifications/account-email");

        page.click("#notification-bell");
        assertThat(page.locator(".notification-item").first()).containsText("你接收通知的电子邮箱已设为 s***@example.cn");
    }

    private void send(Notice notice) {
        transactions.executeWithoutResult(status -> notifications.send(notice));
    }
}
