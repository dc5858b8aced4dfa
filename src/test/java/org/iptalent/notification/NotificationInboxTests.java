package org.iptalent.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The inbox, through the page and the API: a user's own notices only (another user's is a 404 whichever way it is
 * asked for), newest first, unread ones marked and counted on the bell, a notice followed to its platform path and
 * marked read on the way.
 */
@PlatformTest
class NotificationInboxTests {

    @LocalServerPort
    int port;
    @Autowired
    Notifications notifications;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary reader;
    UserSummary other;
    Http browser;
    String auth;
    String otherAuth;

    @BeforeEach
    void setUp() {
        reader = accounts.active("inbox.reader", Role.TALENT, "440000");
        other = accounts.active("inbox.other", Role.EXPERT, "320000");
        browser = new Http(port);
        assertThat(browser.login(reader.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
        auth = "Bearer " + tokens.issue(reader.id(), "inbox").token();
        otherAuth = "Bearer " + tokens.issue(other.id(), "inbox").token();
    }

    @Test
    void theInboxShowsTheUsersOwnNoticesNewestFirstWithTheUnreadCountOnTheBell() {
        long first = send(reader, "/account", "a***@example.cn");
        long second = send(reader, null, "b***@example.cn");
        send(other, "/account", "c***@example.cn");

        var page = browser.get("/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("我的通知", "你接收通知的电子邮箱已设为 b***@example.cn", "a***@example.cn",
                "id=\"notification-count\"", "共 2 条").doesNotContain("c***@example.cn");
        assertThat(page.body().indexOf("b***@example.cn")).as("newest first")
                .isLessThan(page.body().indexOf("a***@example.cn"));
        assertThat(bell(page.body())).isEqualTo("2");
        assertThat(page.body()).contains("/notifications/" + first + "/open")
                .doesNotContain("/notifications/" + second + "/open");

        var english = browser.get("/notifications?lang=en");
        assertThat(english.body()).contains("My notices", "Your notices are now also e-mailed to b***@example.cn",
                "Mark all read");
    }

    @Test
    void followingANoticeMarksItReadAndGoesToItsPlatformPath() {
        long id = send(reader, "/account?tab=contact", "a***@example.cn");

        var followed = browser.postForm("/notifications", "/notifications/" + id + "/open", "");
        assertThat(followed.status()).isEqualTo(302);
        assertThat(followed.header("Location")).endsWith("/account?tab=contact");
        assertThat(jdbc.queryForObject("select read_at is not null from notification where id = ?", Boolean.class, id))
                .isTrue();
        var page = browser.get("/notifications");
        assertThat(page.body()).doesNotContain("id=\"notification-count\"");
        assertThat(browser.get("/notifications/badge").body()).contains("id=\"notification-bell\"")
                .doesNotContain("notification-count");

        long nowhere = send(reader, null, "b***@example.cn");
        assertThat(browser.postForm("/notifications", "/notifications/" + nowhere + "/open", "").header("Location"))
                .endsWith("/notifications");
    }

    @Test
    void anotherUsersNoticeIsNotFoundOnThePageAndOverTheApi() {
        long theirs = send(other, "/account", "c***@example.cn");

        assertThat(browser.postForm("/notifications", "/notifications/" + theirs + "/open", "").status())
                .isEqualTo(404);
        assertThat(browser.postForm("/notifications", "/notifications/" + theirs + "/read", "").status())
                .isEqualTo(404);
        Http api = new Http(port);
        assertThat(api.postJson("/api/v1/notifications/" + theirs + "/read", "", "Authorization", auth).status())
                .isEqualTo(404);
        assertThat(api.postJson("/api/v1/notifications/" + (theirs + 1_000_000) + "/read", "", "Authorization", auth)
                .status()).as("no such notice").isEqualTo(404);
        assertThat(jdbc.queryForObject("select read_at is null from notification where id = ?", Boolean.class, theirs))
                .as("still unread for its owner").isTrue();
        // marking all read marks one's own only
        assertThat(api.postJson("/api/v1/notifications/read-all", "", "Authorization", auth).json().get("marked")
                .asInt()).isZero();
        assertThat(api.get("/api/v1/notifications/unread-count", "Authorization", otherAuth).json().get("unread")
                .asLong()).isEqualTo(1);
    }

    @Test
    void theApiListsPagesAndMarksTheUsersNotices() {
        for (int i = 0; i < 3; i++) {
            send(reader, "/account", "n" + i + "@example.cn");
        }
        Http api = new Http(port);

        JsonNode list = api.get("/api/v1/notifications?size=2", "Authorization", auth, "Accept-Language", "en")
                .json();
        assertThat(list.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(list.get("content")).hasSize(2);
        JsonNode newest = list.get("content").get(0);
        assertThat(newest.get("text").asString()).startsWith("Your notices are now also e-mailed to n2@example.cn");
        assertThat(newest.get("messageKey").asString()).isEqualTo("notification.emailChanged");
        assertThat(newest.get("arguments").get(0).asString()).isEqualTo("n2@example.cn");
        assertThat(newest.get("link").asString()).isEqualTo("/account");
        assertThat(newest.get("topic").asString()).isEqualTo("account");
        assertThat(newest.get("createdAt").isNull()).isFalse();
        assertThat(newest.get("readAt").isNull()).isTrue();
        assertThat(api.get("/api/v1/notifications?size=2", "Authorization", auth).json().get("content").get(0)
                .get("text").asString()).as("Chinese by default").startsWith("你接收通知的电子邮箱已设为 n2@example.cn");

        long id = newest.get("id").asLong();
        JsonNode read = api.postJson("/api/v1/notifications/" + id + "/read", "", "Authorization", auth).json();
        assertThat(read.get("readAt").isNull()).isFalse();
        String firstRead = read.get("readAt").asString();
        assertThat(api.postJson("/api/v1/notifications/" + id + "/read", "", "Authorization", auth).json()
                .get("readAt").asString()).as("the first reading time stays").isEqualTo(firstRead);

        assertThat(api.get("/api/v1/notifications/unread-count", "Authorization", auth).json().get("unread").asLong())
                .isEqualTo(2);
        JsonNode unread = api.get("/api/v1/notifications?unread=true", "Authorization", auth).json();
        assertThat(unread.get("page").get("totalElements").asLong()).isEqualTo(2);
        assertThat(unread.get("content").findValues("id").stream().map(JsonNode::asLong).toList()).doesNotContain(id);

        assertThat(api.postJson("/api/v1/notifications/read-all", "", "Authorization", auth).json().get("marked")
                .asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/notifications/unread-count", "Authorization", auth).json().get("unread").asLong())
                .isZero();
    }

    @Test
    void theApiValidatesPaging() {
        Http api = new Http(port);
        var tooDeep = api.get("/api/v1/notifications?page=2147483647&size=100", "Authorization", auth);
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/notifications?size=100000", "Authorization", auth).json().get("page")
                .get("size").asInt()).isEqualTo(100);
        assertThat(api.get("/api/v1/notifications?unread=maybe", "Authorization", auth).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/notifications").status()).as("no token").isEqualTo(401);
    }

    @Test
    void theInboxFilterShowsUnreadOnlyAndMarkAllReadEmptiesIt() {
        long read = send(reader, "/account", "a***@example.cn");
        send(reader, "/account", "b***@example.cn");
        jdbc.update("update notification set read_at = now() where id = ?", read);

        var unread = browser.get("/notifications?unread=true");
        assertThat(unread.body()).contains("b***@example.cn").doesNotContain("a***@example.cn");
        assertThat(browser.postForm("/notifications", "/notifications/read-all", "").header("Location"))
                .endsWith("/notifications");
        var after = browser.get("/notifications?unread=true");
        assertThat(after.body()).contains("没有未读通知。").doesNotContain("b***@example.cn");
    }

    private long send(UserSummary to, String link, String argument) {
        return transactions.execute(status -> {
            Notice notice = Notice.of(to.id(), "account", "notification.emailChanged", argument);
            notifications.send(link == null ? notice : notice.linkedTo(link));
            return jdbc.queryForObject("select max(id) from notification where recipient_id = ?", Long.class, to.id());
        });
    }

    private static String bell(String page) {
        var m = java.util.regex.Pattern.compile("id=\"notification-count\"[^>]*>([^<]+)<").matcher(page);
        return m.find() ? m.group(1).trim() : null;
    }
}
