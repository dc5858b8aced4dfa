package org.iptalent.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An upload over the limits is a localized 413 over the API and a message on the import page. */
@PlatformTest
class UploadLimitTests {

    private static final byte[] FIFTY_ONE_MB = new byte[51 * 1024 * 1024];

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;

    @Test
    void aFileOverTheImportLimitIsA413ProblemInTheCallersLanguage() {
        UserSummary officer = accounts.active("upload.admin", Role.PROVINCIAL_ADMIN, "440000");
        String auth = "Bearer " + tokens.issue(officer.id(), "upload").token();
        Http http = new Http(port);

        var chinese = http.upload("/api/v1/talent-imports", "big.csv", FIFTY_ONE_MB, "Authorization", auth,
                "Accept-Language", "zh-CN");
        assertThat(chinese.status()).isEqualTo(413);
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(chinese.json().get("status").asInt()).isEqualTo(413);
        assertThat(chinese.json().get("title").asString()).isEqualTo("请求过大");
        assertThat(chinese.json().get("detail").asString()).isEqualTo("文件超过 50 MB 的上限。");

        var english = http.upload("/api/v1/talent-imports", "big.csv", FIFTY_ONE_MB, "Authorization", auth,
                "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(413);
        assertThat(english.json().get("detail").asString()).isEqualTo("The file is larger than the 50 MB allowed.");

        // over the request limit the body is refused before it is read, with the same shape
        var huge = http.upload("/api/v1/talent-imports", "huge.csv", new byte[61 * 1024 * 1024], "Authorization",
                auth, "Accept-Language", "en");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(huge.json().get("title").asString()).isEqualTo("Payload too large");
        assertThat(huge.json().get("detail").asString()).isEqualTo("The upload is larger than the 60 MB allowed.");
        assertThat(huge.json().get("instance").asString()).isEqualTo("/api/v1/talent-imports");
    }

    @Test
    void theImportPageSaysAFileIsTooLarge() {
        UserSummary officer = accounts.active("upload.page", Role.PROVINCIAL_ADMIN, "440000");
        Http http = new Http(port);
        assertThat(http.signInEnrolling(officer.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);

        var upload = http.uploadForm("/talent-imports", "/talent-imports", "big.csv", FIFTY_ONE_MB);
        assertThat(upload.status()).isEqualTo(302);
        assertThat(upload.header("Location")).endsWith("/talent-imports");
        var page = http.get("/talent-imports");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("文件超过 50 MB 的上限。");
    }
}
