package org.iptalent.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditor reads every entry in their own language: what happened, the kind of record, the region and each
 * changed field with its values as the forms name them; never a Java class, a record's toString or a code.
 */
@PlatformTest
class AuditPageLanguageTests {

    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern TABLE = Pattern.compile("<tbody>(.*?)</tbody>", Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserManagement users;
    @Autowired
    AuditLog audit;

    Http auditor;

    @BeforeEach
    void signInTheAuditor() {
        auditor = new Http(port);
        UserSummary account = accounts.active("lang.auditor", Role.AUDITOR, null);
        assertThat(auditor.signInEnrolling(account.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
    }

    @Test
    void anExportsFiltersAreLabelledAndNamedInTheReadersLanguage() {
        UserSummary national = accounts.active("lang.national", Role.NATIONAL_ADMIN, null);
        Http officer = new Http(port);
        officer.signInEnrolling(national.username(), TestAccounts.PASSWORD);
        assertThat(officer.get("/talents/export?province=440000&status=ACTIVE&format=csv").status()).isEqualTo(200);

        String english = entries("/audit?lang=en&action=EXPORT&actor=" + national.username());
        assertThat(english).contains("Talent", "(CSV), masked; filters: Province: Guangdong; Status: ")
                .doesNotContain("TalentCriteria[", "province=", "org.iptalent");
        assertThat(CHINESE.matcher(english).find()).as("no Chinese on the English page: %s", english).isFalse();

        String chinese = entries("/audit?lang=zh-CN&action=EXPORT&actor=" + national.username());
        assertThat(chinese).contains("人才", "（CSV），已脱敏；筛选条件：省份：广东省；状态：在岗")
                .doesNotContain("TalentCriteria[", "masked", "rows");
    }

    @Test
    void aFailedSignInAndARoleChangeSayWhatHappened() {
        UserSummary security = accounts.active("lang.security", Role.SECURITY_ADMIN, null);
        UserSummary officer = accounts.active("lang.officer", Role.CITY_ADMIN, "440300");
        assertThat(new Http(port).login(officer.username(), "Wrong#Password2026").status()).isEqualTo(302);
        UserSummary failed = users.findByUsername(officer.username()).orElseThrow();
        TestAccounts.as(security, () -> users.update(failed.id(), failed.version(), failed.displayName(),
                EnumSet.of(Role.PROVINCIAL_ADMIN), "440000", true));

        String failure = entries("/audit?lang=en&action=LOGIN_FAILURE&actor=" + officer.username());
        assertThat(failure).contains("User account", "Wrong password", "Guangdong, Shenzhen");
        assertThat(CHINESE.matcher(failure).find()).as(failure).isFalse();
        String roles = entries("/audit?lang=en&action=PERMISSION_CHANGE&entityType=User&entityId=" + officer.id());
        assertThat(roles).contains("City administrator", "Provincial administrator")
                .doesNotContain("CITY_ADMIN", "PROVINCIAL_ADMIN");
        String update = entries("/audit?lang=zh-CN&action=UPDATE&entityType=User&entityId=" + officer.id());
        assertThat(update).contains("管辖区域", "广东省 深圳市", "广东省", "市级管理员", "省级管理员")
                .doesNotContain("regionCode", "440300");
    }

    @Test
    void verifyingTheChainIsRecordedInTheReadersLanguageAndOlderFreeTextStaysAsWritten() {
        String marker = TestAccounts.uniqueName("legacy");
        audit.record(AuditEvent.of(AuditAction.UPDATE, "Talent", 1).actor(marker).detail("written before messages"));
        auditor.postForm("/audit", "/audit/verify", "");
        String english = entries("/audit?lang=en&action=CHAIN_VERIFIED");
        assertThat(english).contains("Audit log", "Chain intact: ");
        assertThat(entries("/audit?lang=zh-CN&action=CHAIN_VERIFIED")).contains("审计日志", "哈希链完整，共校验");
        assertThat(entries("/audit?lang=en&actor=" + marker)).contains("written before messages");
    }

    @Test
    void theKindOfRecordIsChosenByItsName() {
        String page = auditor.get("/audit?lang=en").body();
        assertThat(page).contains("<option value=\"Organisation\">Organisation</option>",
                "<option value=\"User\">User account</option>");
    }

    /** The table's rows of an audit page: what the auditor reads. */
    private String entries(String path) {
        Http.Response response = auditor.get(path);
        assertThat(response.status()).isEqualTo(200);
        Matcher table = TABLE.matcher(response.body());
        assertThat(table.find()).isTrue();
        assertThat(table.group(1)).as("%s lists an entry", path).contains("<tr");
        return table.group(1);
    }
}
