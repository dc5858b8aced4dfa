package org.iptalent.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Every form shows a rule's refusal the one way (FormRefusals, fragments/forms): a problem of a field under that
 * field, the rest over the form, in the user's language, what was typed kept.
 */
@PlatformTest
class FormRefusalTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;

    Http http;
    UserSummary national;

    @BeforeEach
    void signInANationalAdministrator() {
        http = new Http(port);
        national = accounts.active("refusal.national", Role.NATIONAL_ADMIN, null);
        assertThat(http.signInEnrolling(national.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
    }

    @Test
    void theUserFormSaysUnderTheRegionWhyInChineseOrEnglishAndKeepsTheUserName() {
        String username = TestAccounts.uniqueName("refused");
        String form = "username=" + username + "&displayName=" + encode("省级测试") + "&password="
                + encode("Initial#Pass2026") + "&roles=PROVINCIAL_ADMIN&regionCode=440300";
        var chinese = http.postForm("/users/new", "/users/new", form);
        assertThat(chinese.status()).isEqualTo(200);
        assertThat(text(chinese.body(), "regionCode-feedback")).isEqualTo("省级管理员的管辖区域必须是省级行政区。");
        assertThat(chinese.body()).contains("value=\"" + username + "\"");

        http.get("/users/new?lang=en");
        var english = http.postForm("/users/new", "/users/new", form);
        assertThat(text(english.body(), "regionCode-feedback"))
                .isEqualTo("A provincial administrator's region must be a province.");

        http.get("/users/new?lang=zh-CN");
        var unknown = http.postForm("/users/new", "/users/new", "username=" + username + "&displayName=x&password="
                + encode("Initial#Pass2026") + "&roles=TALENT&regionCode=999900");
        assertThat(text(unknown.body(), "regionCode-feedback")).isEqualTo("代码“999900”不存在。");
    }

    @Test
    void aResetPasswordTheRulesRefuseIsSaidOverItsForm() {
        UserSummary talent = accounts.active("refusal.reset", Role.TALENT, "440300");
        var refused = http.postForm("/users/" + talent.id(), "/users/" + talent.id() + "/password", "password=short");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(text(http.get("/users/" + talent.id()).body(), "reset-password-errors")).contains("密码太短");
    }

    @Test
    void theTalentFormSaysUnderEachFieldWhatIsWrong() {
        String name = "拒" + TestAccounts.uniqueName("t").replace(".", "");
        var refused = http.postForm("/talents/new", "/talents/new", talent(name, "12345", "999900"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(text(refused.body(), "mobile-feedback")).isEqualTo("手机号码应为 11 位中国大陆手机号。");
        assertThat(text(refused.body(), "regionCode-feedback")).isEqualTo("代码“999900”不存在。");
        assertThat(refused.body()).contains("value=\"" + name + "\"");
    }

    @Test
    void theSmallFormsOfATalentsPageSayWhyOverThemselves() {
        var created = http.postForm("/talents/new", "/talents/new", talent("程某某", "", "440300"));
        assertThat(created.status()).isEqualTo(302);
        String profile = created.header("Location").replaceAll("^https?://[^/]+", "");

        http.postForm(profile, profile + "/qualifications",
                "type=PATENT_AGENT&issuedOn=2024-05-01&expiresOn=2020-01-01");
        assertThat(text(http.get(profile).body(), "qualification-errors"))
                .isEqualTo("有效期至：有效期不能早于发证日期。");

        http.postForm(profile, profile + "/merge", "duplicateId=");
        assertThat(text(http.get(profile).body(), "merge-errors")).isEqualTo("请填写另一条记录的编号。");
    }

    @Test
    void theSearchAndTheUnmaskedExportSayWhyOnTheList() {
        var search = http.get("/talents?q=" + encode("检".repeat(101)));
        assertThat(text(search.body(), "q-feedback")).isEqualTo("检索词过长：最多 100 个字。");

        var export = http.postForm("/talents", "/talents/export", "format=csv&reason=");
        assertThat(export.status()).isEqualTo(302);
        assertThat(text(http.get(export.header("Location")).body(), "export-errors"))
                .isEqualTo("请填写导出事由（至少 4 个字）。");
    }

    @Test
    void aRefusedOrganisationComesBackWithWhatWasTypedAndTheProblemUnderItsField() {
        String name = "拒绝测试" + TestAccounts.uniqueName("o");
        var refused = http.postForm("/organisations", "/organisations", "name=" + encode(name)
                + "&type=ENTERPRISE&creditCode=BAD-CODE&regionCode=440300&industryCode=13");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(text(refused.body(), "creditCode-feedback")).startsWith("统一社会信用代码应为 18 位");
        assertThat(inputValue(refused.body(), "oname")).isEqualTo(name);
        assertThat(inputValue(refused.body(), "ocode")).isEqualTo("BAD-CODE");
        assertThat(refused.body()).containsPattern("<option value=\"440300\" selected=\"selected\"")
                .containsPattern("<option value=\"13\" selected=\"selected\"");

        OrganisationView organisation = TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                name, "ENTERPRISE", TestIdentities.creditCode(), "440300", null)));
        String page = "/organisations/" + organisation.id();
        var edit = http.postForm(page, page, "version=" + organisation.version()
                + "&name=&type=ENTERPRISE&creditCode=" + organisation.creditCode() + "&regionCode=999900");
        assertThat(edit.status()).isEqualTo(200);
        assertThat(text(edit.body(), "name-feedback")).isEqualTo("必填项。");
        assertThat(text(edit.body(), "regionCode-feedback")).isEqualTo("代码“999900”不存在。");
        assertThat(inputValue(edit.body(), "ocode")).isEqualTo(organisation.creditCode());
    }

    @Test
    void theAccountsPasswordAndSecondFactorFormsSayWhy() {
        UserSummary talent = accounts.active("refusal.account", Role.TALENT, "440300");
        Http own = new Http(port);
        own.login(talent.username(), TestAccounts.PASSWORD);
        var password = own.postForm("/account", "/account/password", "currentPassword=Wrong%23Guess1"
                + "&newPassword=Another%23Pass2026&confirmPassword=Another%23Pass2026");
        assertThat(password.status()).isEqualTo(302);
        assertThat(text(own.get("/account").body(), "password-error")).isEqualTo("当前密码不正确。");

        own.get("/account/mfa");
        var enrol = own.postForm("/account/mfa", "/account/mfa", "code=" + wrongCode());
        assertThat(text(enrol.body(), "enrol-error")).isEqualTo("动态码不正确，请重试。");
    }

    @Test
    void theSignInStepsSayWhyOverTheirForms() {
        Http visitor = new Http(port);
        UserSummary talent = accounts.active("refusal.login", Role.TALENT, "440300");
        var failed = visitor.login(talent.username(), "Wrong#Guess1");
        assertThat(failed.header("Location")).endsWith("/login?error");
        assertThat(text(visitor.get("/login?error").body(), "login-error")).startsWith("用户名或密码错误");

        UserSummary initial = accounts.initial("refusal.initial", Role.TALENT, "440300");
        Http first = new Http(port);
        first.login(initial.username(), TestAccounts.PASSWORD);
        var mismatch = first.postForm("/login/password", "/login/password", "currentPassword="
                + encode(TestAccounts.PASSWORD) + "&newPassword=Another%23Pass2026&confirmPassword=Other%23Pass2026");
        assertThat(text(mismatch.body(), "password-error")).isEqualTo("两次输入的新密码不一致。");

        UserSummary administrator = accounts.active("refusal.mfa", Role.PROVINCIAL_ADMIN, "440000");
        Http enrolling = new Http(port);
        enrolling.login(administrator.username(), TestAccounts.PASSWORD);
        enrolling.get("/login/enrol");
        var enrol = enrolling.postForm("/login/enrol", "/login/enrol", "code=" + wrongCode());
        assertThat(text(enrol.body(), "enrol-error")).isEqualTo("动态码不正确，请重试。");

        Http verifying = new Http(port);
        verifying.login(national.username(), TestAccounts.PASSWORD);
        var verify = verifying.postForm("/login/verify", "/login/verify", "code=" + wrongCode());
        assertThat(text(verify.body(), "verify-error")).isEqualTo("动态码不正确，请重试。");
    }

    private static String talent(String name, String mobile, String region) {
        return "name=" + encode(name) + "&identityNumber=" + TestIdentities.identity("440300", true) + "&gender="
                + "&status=ACTIVE&mobile=" + mobile + "&email=&languages=&employerCreditCode=&employerName="
                + "&regionCode=" + region + "&industryCode=&position=&education=&discipline=&major="
                + "&internationalExperience=&categories=APP_OPERATION&version=0";
    }

    /** A code no authenticator shows: seven digits, which no TOTP step produces, and no recovery code. */
    private static String wrongCode() {
        return "1234567";
    }

    /** The text of the element with this id, tags dropped and entities decoded, as a user reads it. */
    static String text(String html, String id) {
        Matcher start = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertThat(start.find()).as("an element with id %s", id).isTrue();
        String tag = start.group(1);
        Matcher tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*>").matcher(html);
        int depth = 1;
        int end = start.end();
        tags.region(start.end(), html.length());
        while (depth > 0 && tags.find()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            end = tags.start();
        }
        String inner = html.substring(start.end(), end).replaceAll("<[^>]+>", " ");
        return HtmlUtils.htmlUnescape(inner).replaceAll("\\s+", " ").trim();
    }

    private static String inputValue(String html, String id) {
        Matcher input = Pattern.compile("<input[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertThat(input.find()).as("an input with id %s", id).isTrue();
        Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
