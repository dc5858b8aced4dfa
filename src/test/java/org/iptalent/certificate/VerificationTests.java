package org.iptalent.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The public verification, as anyone reaches it: the API without a token and the page without an account, each
 * from a loopback address of its own (look-ups are limited per address).
 */
@PlatformTest
class VerificationTests {

    @LocalServerPort
    int port;
    @Autowired
    Certificates certificates;
    @Autowired
    TalentRecords records;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    TestAccounts accounts;

    CertificateFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new CertificateFixtures(records, talentAccounts, accounts, certificates);
    }

    @Test
    void theApiShowsOnlyWhatConfirmsTheCertificate() {
        TalentView talent = fixtures.talent("慕容复", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINER_QUALIFICATION", talent, "440300", LocalDate.of(2026, 2, 1));
        Loopback client = Loopback.fresh(port);

        Loopback.Response zh = client.get("/api/v1/certificates/" + issued.code() + "/verification");
        assertThat(zh.status()).isEqualTo(200);
        JsonNode json = zh.json();
        List<String> fields = new java.util.ArrayList<>();
        json.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("status", "holder", "achievement", "typeName", "issuer", "serial",
                "issuedOn", "expiresOn", "revokedOn");
        assertThat(json.get("status").asString()).isEqualTo("VALID");
        assertThat(json.get("holder").asString()).isEqualTo("慕**");
        assertThat(json.get("typeName").asString()).isEqualTo("知识产权培训师资格证书");
        assertThat(json.get("serial").asString()).isEqualTo(issued.serial());
        assertThat(json.get("issuedOn").asString()).isEqualTo("2026-02-01");
        assertThat(json.get("expiresOn").asString()).isEqualTo("2029-01-31");
        assertThat(zh.body()).doesNotContain("慕容复");

        Loopback.Response en = client.get("/api/v1/certificates/" + issued.code().toLowerCase() + "/verification",
                "Accept-Language", "en");
        assertThat(en.json().get("typeName").asString()).isEqualTo("IP trainer qualification certificate");
    }

    @Test
    void anUnknownOrMalformedCodeIsA404ProblemInTheCallersLanguage() {
        Loopback client = Loopback.fresh(port);
        for (String code : List.of("0123456789ABCDEFGHJKMNPQRS", "not-a-code", "TRN-2026-000001")) {
            Loopback.Response zh = client.get("/api/v1/certificates/" + code + "/verification");
            assertThat(zh.status()).isEqualTo(404);
            assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
            assertThat(zh.json().get("detail").asString()).isEqualTo("没有与该验证码对应的证书。请核对验证码，或扫描证书上的二维码。");
            assertThat(zh.json().get("title").asString()).isEqualTo("未找到");
        }
        Loopback.Response en = client.get("/api/v1/certificates/0123456789ABCDEFGHJKMNPQRS/verification",
                "Accept-Language", "en");
        assertThat(en.status()).isEqualTo(404);
        assertThat(en.json().get("detail").asString()).startsWith("No certificate has this verification code.");
    }

    @Test
    void aClientThatLooksUpTooManyCodesIsToldToWaitWhileOthersAreNot() {
        TalentView talent = fixtures.talent("段誉", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", talent, "440300", LocalDate.of(2026, 2, 1));
        Loopback walker = Loopback.fresh(port);
        int answered = 0;
        Loopback.Response refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            Loopback.Response response = walker.get("/api/v1/certificates/" + issued.code() + "/verification");
            if (response.status() == 429) {
                refused = response;
            } else {
                assertThat(response.status()).isEqualTo(200);
                answered++;
            }
        }
        assertThat(refused).as("refused within 40 look-ups").isNotNull();
        // a burst of 10, and a little refill while the look-ups ran
        assertThat(answered).isBetween(10, 13);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("title").asString()).isEqualTo("请求过多");
        assertThat(refused.json().get("detail").asString()).startsWith("您的查询过于频繁");

        // the page says so too, in the reader's language
        Loopback.Response page = walker.get("/verify/" + issued.code() + "?lang=en");
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Retry-After")).isNotNull();
        assertThat(page.body()).contains("Too many look-ups", "Please try again in");

        // another client is not held back
        assertThat(Loopback.fresh(port).get("/api/v1/certificates/" + issued.code() + "/verification")
                .status()).isEqualTo(200);
    }

    @Test
    void missesCostMoreThanHits() {
        Loopback walker = Loopback.fresh(port);
        int answered = 0;
        for (int i = 0; i < 20; i++) {
            int status = walker.get("/api/v1/certificates/" + "0".repeat(25) + "1/verification").status();
            if (status == 429) {
                break;
            }
            assertThat(status).isEqualTo(404);
            answered++;
        }
        // a burst of 10 tokens, 3 a miss
        assertThat(answered).isBetween(4, 5);
    }

    @Test
    void thePublicPageShowsTheCertificateWithoutAnAccountInChineseAndEnglish() {
        TalentView talent = fixtures.talent("王语嫣", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", talent, "440300", LocalDate.of(2026, 2, 1));
        Loopback client = Loopback.fresh(port);

        Loopback.Response zh = client.get("/verify/" + issued.code());
        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.body()).contains("证书有效", "王**", issued.serial(), "知识产权培训结业证书", "长期有效")
                .doesNotContain("王语嫣", "nav-link active", "logout");
        // a page anyone opens by the thousand leaves no server session behind
        assertThat(zh.header("Set-Cookie")).isNull();
        Loopback.Response en = client.get("/verify/" + issued.code() + "?lang=en");
        assertThat(en.body()).contains("Valid certificate", "IP training completion certificate", "Does not expire");

        Loopback.Response unknown = client.get("/verify/0123456789ABCDEFGHJKMNPQRS?lang=zh-CN");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Set-Cookie")).doesNotContain("JSESSIONID");
        assertThat(unknown.body()).contains("未找到该证书", "没有与该验证码对应的证书");
        Loopback.Response unknownEn = client.get("/verify/whatever?lang=en");
        assertThat(unknownEn.status()).isEqualTo(404);
        assertThat(unknownEn.body()).contains("Certificate not found");

        Loopback.Response typed = client.get("/verify?code=" + issued.code().toLowerCase());
        assertThat(typed.status()).isEqualTo(302);
        assertThat(typed.header("Location")).endsWith("/verify/" + issued.code().toLowerCase());
        // a slash or a NUL would make an address the server refuses with its bare English 400: not found here
        for (String wrong : new String[] {"abc/def", "abc%00", "..\\x"}) {
            Loopback.Response refused = client.get("/verify?lang=zh-CN&code=" + java.net.URLEncoder.encode(wrong,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(refused.status()).as(wrong).isEqualTo(404);
            assertThat(refused.body()).contains("未找到该证书");
        }
    }
}
