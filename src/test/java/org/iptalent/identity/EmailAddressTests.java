package org.iptalent.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditLog;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A user's address for notices: set on their own account page or by their user administrator, refused when it is
 * no address, kept encrypted, shown masked, audited, and the user told of it in the inbox.
 */
@PlatformTest
class EmailAddressTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserContacts contacts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    @Test
    void aUserSetsTheirOwnAddressAndTheLanguageOfTheirEmails() {
        UserSummary user = accounts.active("email.own", Role.EXPERT, "440000");
        Http browser = new Http(port);
        browser.login(user.username(), TestAccounts.PASSWORD);

        var saved = browser.postForm("/account", "/account/contact", "email=" + encode(" zhou.ba@example.cn ")
                + "&language=en");
        assertThat(saved.status()).isEqualTo(302);
        var page = browser.get("/account");
        assertThat(page.body()).contains("通知邮件设置已保存。", "当前邮箱：z***@example.cn", "value=\"en\" selected")
                .doesNotContain("zhou.ba@example.cn");
        assertThat(contacts.contactOf(user.id())).hasValueSatisfying(contact -> {
            assertThat(contact.email()).isEqualTo("zhou.ba@example.cn");
            assertThat(contact.language().getLanguage()).isEqualTo("en");
        });
        var stored = jdbc.queryForMap("select email_cipher, email_masked, language from app_user where id = ?",
                user.id());
        assertThat((String) stored.get("email_cipher")).startsWith("v1:").doesNotContain("zhou");
        assertThat(stored).containsEntry("email_masked", "z***@example.cn").containsEntry("language", "en");
        assertThat(audited(user.id())).contains("email:null->z***@example.cn", "language:null->en");
        assertThat(jdbc.queryForList("select message_key from notification where recipient_id = ?", String.class,
                user.id())).containsExactly("notification.emailChanged");

        // blank keeps the address; the language alone changes
        browser.postForm("/account", "/account/contact", "email=&language=zh-CN");
        assertThat(contacts.contactOf(user.id()).orElseThrow().email()).isEqualTo("zhou.ba@example.cn");

        var refused = browser.postForm("/account", "/account/contact", "email=" + encode("zhou.ba@") + "&language=en");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(browser.get("/account").body()).contains("电子邮箱格式不正确。", "value=\"zhou.ba@\"");
        assertThat(contacts.contactOf(user.id()).orElseThrow().email()).isEqualTo("zhou.ba@example.cn");
        assertThat(contacts.contactOf(user.id()).orElseThrow().language().getLanguage()).as("nothing half-written")
                .isEqualTo("zh");

        browser.postForm("/account", "/account/contact", "removeEmail=true&language=zh-CN");
        assertThat(contacts.contactOf(user.id()).orElseThrow().email()).isNull();
        assertThat(browser.get("/account").body()).contains("尚未设置电子邮箱");
        assertThat(audited(user.id())).contains("email:z***@example.cn->null");
        assertThat(jdbc.queryForList("select message_key from notification where recipient_id = ? order by id",
                String.class, user.id())).containsExactly("notification.emailChanged", "notification.emailRemoved");
    }

    @Test
    void theUserAdministratorSetsAnAddressInTheUserForm() {
        UserSummary admin = accounts.active("email.admin", Role.PROVINCIAL_ADMIN, "440000");
        UserSummary user = accounts.active("email.managed", Role.TALENT, "440000");
        Http browser = new Http(port);
        browser.signInEnrolling(admin.username(), TestAccounts.PASSWORD);
        String form = "displayName=" + encode(user.displayName()) + "&roles=TALENT&regionCode=440000&enabled=true"
                + "&version=" + user.version();

        var refused = browser.postForm("/users/" + user.id(), "/users/" + user.id(), form + "&email=" + encode("wu@"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("电子邮箱格式不正确。");

        var saved = browser.postForm("/users/" + user.id(), "/users/" + user.id(), form + "&email="
                + encode("wu.jiu@example.cn"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(contacts.contactOf(user.id()).orElseThrow().email()).isEqualTo("wu.jiu@example.cn");
        var page = browser.get("/users/" + user.id());
        assertThat(page.body()).contains("placeholder=\"w***@example.cn\"").doesNotContain("wu.jiu@example.cn");
        assertThat(audited(user.id())).contains("email:null->w***@example.cn");

        // a new account with an address
        UserSummary created = accounts.active("email.created", Role.EXPERT, "440000");
        assertThat(contacts.contactOf(created.id()).orElseThrow().email()).isNull();
        var newForm = browser.postForm("/users/new", "/users/new", "username=" + TestAccounts.uniqueName("email.new")
                + "&displayName=x&password=" + encode(TestAccounts.PASSWORD) + "&roles=EXPERT&regionCode=440000"
                + "&email=" + encode("zheng.shi@example.cn"));
        assertThat(newForm.status()).isEqualTo(302);
        long id = Long.parseLong(newForm.header("Location").replaceAll(".*/users/", ""));
        assertThat(contacts.contactOf(id).orElseThrow().email()).isEqualTo("zheng.shi@example.cn");
        assertThat(contacts.contactsOf(List.of(id, user.id(), -1L))).containsOnlyKeys(id, user.id());
    }

    /** The account's changes as field:old->new, from the audit log. */
    private List<String> audited(long userId) {
        return audit.history("User", String.valueOf(userId)).stream()
                .filter(entry -> entry.action() == AuditAction.UPDATE)
                .flatMap(entry -> entry.changes().stream())
                .map(change -> change.field() + ":" + change.oldValue() + "->" + change.newValue()).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
