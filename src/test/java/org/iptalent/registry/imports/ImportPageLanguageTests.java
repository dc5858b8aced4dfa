package org.iptalent.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.ImportJobs;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The import page in each language: the shared panel with the talent import's own wording, and a failed job's reason. */
@PlatformTest
class ImportPageLanguageTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.iptalent.identity.internal.ApiTokens tokens;

    @Test
    void thePanelAndAFailedJobReadInTheUsersLanguage() throws Exception {
        UserSummary officer = accounts.active("lang.importer", Role.PROVINCIAL_ADMIN, "350000");
        // a file without the required columns fails as a whole, with its reason kept as a message key
        ImportJobs.run(new Http(port), "Bearer " + tokens.issue(officer.id(), "import").token(), "x.csv",
                Spreadsheets.csv(List.of("姓名", "职务"), List.of(List.of("林" + TestIdentities.identity("350102", true),
                        "主任")), StandardCharsets.UTF_8, false));
        Http browser = new Http(port);
        assertThat(browser.signInEnrolling(officer.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);

        String english = browser.get("/talent-imports?lang=en").body();
        assertThat(english).contains("Fill in the talents", "Up to 50 MB.",
                "Records with the same identity number are updated",
                "Update talents already registered (matched by identity number)", "Failed",
                // the columns are named as the upload's language (the API's default, Chinese) named them
                "Required columns are missing: 身份证号码、行政区划代码、人才类别.")
                .doesNotContain("人才信息", "身份证号码相同", "缺少必需的列");

        String chinese = browser.get("/talent-imports?lang=zh-CN").body();
        assertThat(chinese).contains("按模板填写人才信息", "不超过 50 MB。", "更新已登记的人才（按身份证号码匹配）", "失败",
                "缺少必需的列：身份证号码、行政区划代码、人才类别。");
    }
}
