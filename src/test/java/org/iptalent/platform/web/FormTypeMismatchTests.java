package org.iptalent.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form field that does not convert (letters for a number, 2027-13-45 for a date) was shown Spring's own
 * English text under the field ("Failed to convert property value of type 'java.lang.String' to required type
 * 'int'..."): the bundles say it, in the user's language, for every form.
 */
@PlatformTest
class FormTypeMismatchTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    @Test
    void aValueThatDoesNotConvertIsSaidInTheUsersLanguage() {
        Http http = new Http(port);
        http.signInEnrolling(accounts.active("mismatch.national", Role.NATIONAL_ADMIN, null).username(),
                TestAccounts.PASSWORD);
        var page = http.postForm("/classes/new", "/classes/new",
                "version=0&capacity=abc&startsOn=2027-13-45&passMark=x");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Failed to convert").doesNotContain("java.lang")
                .contains("请填写整数。", "请填写有效日期（年-月-日）。", "请填写数字。");
    }
}
