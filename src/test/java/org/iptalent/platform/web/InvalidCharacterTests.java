package org.iptalent.platform.web;

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
 * A NUL (U+0000) in a search term or a JSON body reached PostgreSQL, which refuses it, and came back as a logged
 * 500: it is the request's fault, a localized 400 on the API and the 400 page in the browser.
 */
@PlatformTest
class InvalidCharacterTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;

    @Test
    void aNulInASearchTermIsABadRequestOnTheApi() {
        Http http = new Http(port);
        String national = "Bearer " + tokens.issue(accounts.active("nul.national", Role.NATIONAL_ADMIN, null).id(),
                "test").token();
        for (String path : new String[] {"/api/v1/certificates?q=a%00b", "/api/v1/programs?q=a%00b",
                "/api/v1/training-bases?q=a%00b", "/api/v1/organisations?q=a%00b"}) {
            var english = http.get(path, "Authorization", national, "Accept-Language", "en");
            assertThat(english.status()).as(path).isEqualTo(400);
            assertThat(english.header("Content-Type")).startsWith("application/problem+json");
            assertThat(english.json().get("detail").asString()).startsWith("The request holds a character that "
                    + "cannot be stored");
        }
        var chinese = http.get("/api/v1/certificates?q=%00", "Authorization", national);
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.json().get("detail").asString()).startsWith("请求中含有无法保存的字符");
    }

    @Test
    void aNulInASearchTermIsTheBadRequestPage() {
        Http http = new Http(port);
        http.signInEnrolling(accounts.active("nul.page", Role.NATIONAL_ADMIN, null).username(), TestAccounts.PASSWORD);
        var page = http.get("/certificates?q=a%00b", "Accept", "text/html");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("您提交的请求无法按原样处理");
    }
}
