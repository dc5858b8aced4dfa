package org.iptalent.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The certificate pages as their users reach them, in Chinese and English. */
@PlatformTest
class CertificatePagesTests {

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
    @Autowired
    JdbcTemplate jdbc;

    CertificateFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new CertificateFixtures(records, talentAccounts, accounts, certificates);
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    @Test
    void aProvincialAdministratorListsOpensRevokesAndDownloadsCertificatesOfTheRegion() {
        TalentView talent = fixtures.talent("任盈盈", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINER_QUALIFICATION", talent, "440300", LocalDate.of(2026, 3, 9));
        UserSummary guangdong = accounts.active("cert.gd", Role.PROVINCIAL_ADMIN, "440000");
        Http http = new Http(port);
        http.signInEnrolling(guangdong.username(), TestAccounts.PASSWORD);

        Http.Response list = http.get("/certificates?q=" + issued.serial() + "&lang=zh-CN");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(issued.serial(), "任**", "知识产权培训师资格证书", "有效", "证书管理")
                .doesNotContain("任盈盈", "id=\"types-link\"");
        assertThat(http.get("/certificates?year=20x6").body()).contains("年份须在 1949 至 2999 之间");
        assertThat(http.get("/certificates/types").status()).isEqualTo(403);

        Http.Response detail = http.get("/certificates/" + issued.id());
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains(issued.code(), "/verify/" + issued.code(), "换发新证", "撤销证书");

        Http.Response pdf = http.get("/certificates/" + issued.id() + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("filename*=UTF-8''%E8%AF%81%E4%B9%A6-" + issued.serial());

        Http.Response refused = http.postForm("/certificates/" + issued.id(), "/certificates/" + issued.id()
                + "/revoke", form("version", "0", "reason", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("请填写原因");
        Http.Response revoked = http.postForm("/certificates/" + issued.id(), "/certificates/" + issued.id()
                + "/revoke", form("version", "0", "reason", "信息有误"));
        assertThat(revoked.status()).isEqualTo(302);
        Http.Response after = http.get("/certificates/" + issued.id() + "?lang=en");
        assertThat(after.body()).contains("Revoked", "信息有误").doesNotContain("id=\"revoke\"", "id=\"pdf-zh\"");
        assertThat(http.get("/certificates/" + issued.id() + "/pdf").status()).isEqualTo(302);

        UserSummary jiangsu = accounts.active("cert.js", Role.PROVINCIAL_ADMIN, "320000");
        Http other = new Http(port);
        other.signInEnrolling(jiangsu.username(), TestAccounts.PASSWORD);
        assertThat(other.get("/certificates/" + issued.id()).status()).isEqualTo(404);
        assertThat(other.get("/certificates/" + issued.id() + "/pdf").status()).isEqualTo(404);
    }

    @Test
    void theNationalAdministratorKeepsTheTypesAndAFormatThatCannotWorkIsRefusedOnItsField() {
        Http http = new Http(port);
        http.signInEnrolling(fixtures.national().username(), TestAccounts.PASSWORD);
        Http.Response page = http.get("/certificates/types?lang=zh-CN");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("TRAINING_COMPLETION", "TRN-{YEAR}-{SEQ:6}", "TRAINER_QUALIFICATION");

        String code = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        Http.Response refused = http.postForm("/certificates/types", "/certificates/types", form("code", code,
                "nameZh", "测试证书", "nameEn", "Test certificate", "validityYears", "2", "reminderDays", "",
                "serialFormat", "{TYPE}-{YEAR}"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("serialFormat-feedback", "编号格式须包含且只包含一个序号占位符",
                "reminderDays-feedback", "有有效期的证书类型须填写到期前提醒天数");
        assertThat(jdbc.queryForObject("select count(*) from certificate_type where code = ?", Long.class, code))
                .isZero();

        Http.Response saved = http.postForm("/certificates/types", "/certificates/types", form("code", code,
                "nameZh", "测试证书", "nameEn", "Test certificate", "validityYears", "2", "reminderDays", "30",
                "serialFormat", "{TYPE}-{YEAR}-{SEQ:4}"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select validity_years from certificate_type where code = ?", Integer.class,
                code)).isEqualTo(2);
        Http.Response same = http.postForm("/certificates/types", "/certificates/types", form("code", code + "X",
                "nameZh", "测试证书二", "nameEn", "Test certificate 2", "validityYears", "", "reminderDays", "",
                "serialFormat", code + "-{YEAR}-{SEQ:6}"));
        assertThat(same.body()).contains("该格式生成的编号会与证书类型“" + code + "”的编号重复");
    }

    @Test
    void aTalentSeesTheirCertificatesAndDownloadsThePdf() {
        CertificateFixtures.Holder holder = fixtures.holder("令狐冲", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", holder.talent(), "440300",
                LocalDate.of(2026, 5, 5));
        Http http = new Http(port);
        http.login(holder.account().username(), TestAccounts.PASSWORD);
        Http.Response mine = http.get("/my/certificates?lang=en");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("My certificates", issued.serial(), "IP training completion certificate",
                "/verify/" + issued.code(), "Upload a certificate");
        Http.Response pdf = http.get("/my/certificates/" + issued.id() + "/pdf?language=en");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Disposition")).contains("certificate-" + issued.serial() + ".pdf");
        assertThat(http.get("/certificates").status()).isEqualTo(403);

        CertificateFixtures.Holder other = fixtures.holder("岳灵珊", "440300");
        Http stranger = new Http(port);
        stranger.login(other.account().username(), TestAccounts.PASSWORD);
        assertThat(stranger.get("/my/certificates/" + issued.id() + "/pdf").status()).isEqualTo(404);
    }

    @Test
    void anAccountWithNoTalentRecordIsToldSo() {
        UserSummary talent = accounts.active("cert.unlinked", Role.TALENT, "440300");
        Http http = new Http(port);
        http.login(talent.username(), TestAccounts.PASSWORD);
        Http.Response mine = http.get("/my/certificates?lang=zh-CN");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("not-linked", "您的账号尚未关联人才档案").doesNotContain("upload-form");
    }
}
