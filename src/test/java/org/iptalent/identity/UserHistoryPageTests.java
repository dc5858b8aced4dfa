package org.iptalent.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An account's history on its page: a page at a time, its changes not buried under daily sign-ins (offered
 * separately, with their count), and roles by their names.
 */
@PlatformTest
class UserHistoryPageTests {

    private static final Pattern HISTORY = Pattern.compile("id=\"user-history\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern ENTRY = Pattern.compile("<li class=\"list-group-item\">");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserManagement users;
    @Autowired
    AuditLog audit;

    @Test
    void signInsAreCollapsedTheHistoryIsPagedAndRolesAreNamed() {
        UserSummary security = accounts.active("history.security", Role.SECURITY_ADMIN, null);
        UserSummary talent = accounts.active("history.talent", Role.TALENT, "440000");
        UserSummary changed = talent;
        for (int i = 0; i < 12; i++) {
            UserSummary current = changed;
            changed = TestAccounts.as(security, () -> users.update(current.id(), current.version(),
                    "改名 " + current.version(), current.roles(), current.regionCode(), true));
        }
        UserSummary last = changed;
        TestAccounts.as(security, () -> users.update(last.id(), last.version(), last.displayName(),
                EnumSet.of(Role.EXPERT), "440000", true));
        // the account then signs in daily: 30 sign-ins after the last change
        for (int i = 0; i < 30; i++) {
            audit.record(AuditEvent.of(AuditAction.LOGIN_SUCCESS, "User", talent.id()).region("440000"));
        }

        Http page = new Http(port);
        page.signInEnrolling(security.username(), TestAccounts.PASSWORD);
        Http.Response first = page.get("/users/" + talent.id() + "?lang=zh-CN");
        String history = history(first.body());
        assertThat(ENTRY.matcher(history).results().count()).as("one page of the history").isEqualTo(10);
        assertThat(history).doesNotContain("登录成功").contains("人才", "专家").doesNotContain("TALENT", "EXPERT");
        assertThat(first.body()).contains("显示登录记录（30 条）", "第 1 / 2 页");

        String second = history(page.get("/users/" + talent.id() + "?page=1").body());
        assertThat(ENTRY.matcher(second).results().count())
                .as("16 entries without sign-ins (created, granted, 12 renames, a role change and its grant): 10 and 6")
                .isEqualTo(6);

        Http.Response signIns = page.get("/users/" + talent.id() + "?signIns=true&lang=en");
        String withSignIns = history(signIns.body());
        assertThat(ENTRY.matcher(withSignIns).results().count()).isEqualTo(10);
        assertThat(withSignIns).contains("Sign-in");
        assertThat(signIns.body()).contains("Hide sign-ins", "Page 1 of 5");
    }

    private static String history(String page) {
        Matcher history = HISTORY.matcher(page);
        assertThat(history.find()).isTrue();
        return history.group(1);
    }
}
