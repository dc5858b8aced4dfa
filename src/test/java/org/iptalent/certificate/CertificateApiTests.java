package org.iptalent.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
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
import tools.jackson.databind.JsonNode;

/** The administrators' certificates over the API: scoped to their region, each with its code; revocation. */
@PlatformTest
class CertificateApiTests {

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
    ApiTokens tokens;

    CertificateFixtures fixtures;
    Http http;
    String guangdong;
    String jiangsu;

    @BeforeEach
    void setUp() {
        fixtures = new CertificateFixtures(records, talentAccounts, accounts, certificates);
        http = new Http(port);
        guangdong = token(accounts.active("cert.gd", Role.PROVINCIAL_ADMIN, "440000"));
        jiangsu = token(accounts.active("cert.js", Role.PROVINCIAL_ADMIN, "320000"));
    }

    private String token(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "test").token();
    }

    @Test
    void theListGivesEachCertificateOfTheRegionWithItsCode() {
        TalentView talent = fixtures.talent("黄蓉", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", talent, "440300", LocalDate.of(2026, 7, 1));

        Http.Response list = http.get("/api/v1/certificates?q=" + issued.serial(), "Authorization", guangdong);
        assertThat(list.status()).isEqualTo(200);
        JsonNode row = list.json().get("content").get(0);
        assertThat(row.get("id").asLong()).isEqualTo(issued.id());
        assertThat(row.get("code").asString()).isEqualTo(issued.code());
        assertThat(row.get("serial").asString()).isEqualTo(issued.serial());
        assertThat(row.get("status").asString()).isEqualTo("VALID");
        assertThat(row.get("holderMasked").asString()).isEqualTo("黄*");
        assertThat(list.body()).doesNotContain("黄蓉");
        assertThat(list.json().get("page").get("totalElements").asLong()).isOne();

        assertThat(http.get("/api/v1/certificates?q=" + issued.serial(), "Authorization", jiangsu).json()
                .get("page").get("totalElements").asLong()).isZero();
        assertThat(http.get("/api/v1/certificates/" + issued.id(), "Authorization", jiangsu).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/certificates/" + issued.id(), "Authorization", guangdong).json()
                .get("achievement").asString()).contains("专利代理实务");

        Http.Response badSort = http.get("/api/v1/certificates?sort=holder", "Authorization", guangdong);
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(http.get("/api/v1/certificates?status=LOST", "Authorization", guangdong).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/certificates", "Authorization", token(accounts.active("cert.talent", Role.TALENT,
                "440300"))).status()).isEqualTo(403);
    }

    @Test
    void aRevocationNeedsAReasonAndHappensOnce() {
        TalentView talent = fixtures.talent("郭靖", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", talent, "440300", LocalDate.of(2026, 7, 1));
        String path = "/api/v1/certificates/" + issued.id() + "/revocation";

        Http.Response blank = http.postJson(path, Map.of("reason", " "), "Authorization", guangdong,
                "Accept-Language", "en", "If-Match", "*");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(blank.json().get("detail").asString()).isEqualTo("Please give the reason.");

        assertThat(http.postJson(path, Map.of("reason", "冒名顶替"), "Authorization", jiangsu, "If-Match", "*")
                .status()).isEqualTo(404);
        Http.Response revoked = http.postJson(path, Map.of("reason", "冒名顶替"), "Authorization", guangdong,
                "If-Match", "*");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(http.postJson(path, Map.of("reason", "再次"), "Authorization", guangdong, "If-Match", "*")
                .status()).isEqualTo(409);

        Loopback.Response verification = Loopback.fresh(port).get("/api/v1/certificates/" + issued.code()
                + "/verification");
        assertThat(verification.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(verification.json().get("revokedOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(verification.body()).doesNotContain("冒名顶替");
    }

    @Test
    void aRevocationSaysWhichVersionItRevokes() {
        TalentView talent = fixtures.talent("杨过", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", talent, "440300", LocalDate.of(2026, 7, 1));
        String item = "/api/v1/certificates/" + issued.id();
        String path = item + "/revocation";

        Http.Response read = http.get(item, "Authorization", guangdong);
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"" + read.json().get("version").asLong() + "\"");

        Http.Response unconditional = http.postJson(path, Map.of("reason", "冒名顶替"), "Authorization", guangdong,
                "Accept-Language", "en");
        assertThat(unconditional.status()).isEqualTo(428);
        assertThat(unconditional.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unconditional.json().get("detail").asString())
                .isEqualTo("Send the ETag you read in an If-Match header, or the version field.");
        Http.Response stale = http.postJson(path, Map.of("reason", "冒名顶替"), "Authorization", guangdong,
                "If-Match", "\"" + (read.json().get("version").asLong() + 1) + "\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("detail").asString()).startsWith("该记录在您读取之后已被修改");
        assertThat(http.postJson(path, Map.of("reason", "冒名顶替"), "Authorization", guangdong, "If-Match",
                "W/" + etag).status()).as("a weak tag never matches").isEqualTo(412);
        assertThat(http.get(item, "Authorization", guangdong).json().get("status").asString()).isEqualTo("VALID");

        Http.Response revoked = http.postJson(path, Map.of("reason", "冒名顶替"), "Authorization", guangdong,
                "If-Match", etag);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.header("ETag")).isNotEqualTo(etag)
                .isEqualTo(http.get(item, "Authorization", guangdong).header("ETag"));
        assertThat(http.postJson(path, Map.of("reason", "再次"), "Authorization", guangdong, "If-Match", etag)
                .status()).as("the tag read before the revocation is stale").isEqualTo(412);
        assertThat(http.postJson(path, Map.of("reason", "再次", "version", read.json().get("version").asLong()),
                "Authorization", guangdong).status()).as("so is the version").isEqualTo(409);
    }

    @Test
    void theHolderReadsThatTheirCertificateWasRevokedButNotWhy() {
        CertificateFixtures.Holder holder = fixtures.holder("黄药师", "440300");
        IssuedCertificate issued = fixtures.issue("TRAINING_COMPLETION", holder.talent(), "440300",
                LocalDate.of(2026, 7, 1));
        assertThat(http.postJson("/api/v1/certificates/" + issued.id() + "/revocation", Map.of("reason",
                "内部核查：学时造假"), "Authorization", guangdong, "If-Match", "*").status()).isEqualTo(200);

        Http.Response inbox = http.get("/api/v1/notifications", "Authorization", token(holder.account()),
                "Accept-Language", "en");
        assertThat(inbox.status()).isEqualTo(200);
        JsonNode notice = inbox.json().get("content").get(0);
        assertThat(notice.get("messageKey").asString()).isEqualTo("certificate.notice.revoked");
        assertThat(notice.get("link").asString()).isEqualTo("/my/certificates");
        assertThat(notice.toString()).contains("Your certificate " + issued.serial(), "was revoked on "
                + LocalDate.now()).doesNotContain("学时造假", "内部核查");
    }
}
