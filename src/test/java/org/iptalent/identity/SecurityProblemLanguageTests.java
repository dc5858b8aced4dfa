package org.iptalent.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security filters' 401 and 403 speak the caller's language like every other error: Chinese unless
 * the client asks for English, whatever the server's own locale.
 */
@PlatformTest
class SecurityProblemLanguageTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;

    @Test
    void forbiddenAndUnauthenticatedAreInTheCallersLanguage() {
        Http http = new Http(port);
        String talent = "Bearer " + tokens.issue(accounts.active("lang.talent", Role.TALENT, "440300").id(), "test")
                .token();
        var chinese = http.get("/api/v1/talents", "Authorization", talent);
        assertThat(chinese.status()).isEqualTo(403);
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(chinese.json().get("title").asString()).isEqualTo("禁止访问");
        assertThat(chinese.json().get("detail").asString()).isEqualTo("您无权执行此操作。");
        var english = http.get("/api/v1/talents", "Authorization", talent, "Accept-Language", "en-US,en;q=0.9");
        assertThat(english.status()).isEqualTo(403);
        assertThat(english.json().get("title").asString()).isEqualTo("Forbidden");
        assertThat(english.json().get("detail").asString()).isEqualTo("You are not allowed to do this.");
        var asked = http.get("/api/v1/talents", "Authorization", talent, "Accept-Language", "zh-CN");
        assertThat(asked.json().get("detail").asString()).isEqualTo("您无权执行此操作。");

        var none = http.get("/api/v1/users");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("title").asString()).isEqualTo("未认证");
        assertThat(none.json().get("detail").asString()).startsWith("需要认证");
        var noneEnglish = http.get("/api/v1/users", "Accept-Language", "en");
        assertThat(noneEnglish.json().get("title").asString()).isEqualTo("Unauthorized");
        assertThat(noneEnglish.json().get("detail").asString()).startsWith("Authentication required");
        var wrong = http.get("/api/v1/users", "Authorization", "Bearer ipt_nonsense");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asString()).isEqualTo("令牌无效、已过期或已吊销。");
    }
}
