package org.iptalent.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.ImportJobs;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An import is all or nothing, the employers it registers included: a file that fails after thousands of valid
 * rows leaves neither the organisations its rows named by credit code (registered verified) nor those named by
 * a bare name (registered for verification), nor any of its talents.
 */
@PlatformTest
class FailedImportOrganisationsTests {

    static final List<String> HEADER = List.of("姓名", "身份证号码", "行政区划代码", "人才类别", "工作单位", "统一社会信用代码");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${iptalent.import.max-rows}")
    int maxRows;

    @Test
    void aFileThatFailsAfterValidRowsLeavesNoneOfTheOrganisationsItsRowsNamed() throws Exception {
        UserSummary officer = accounts.active("fail.zj", Role.PROVINCIAL_ADMIN, "330000");
        String auth = "Bearer " + tokens.issue(officer.id(), "imports").token();
        Http http = new Http(port);
        String marker = "败" + Long.toString(System.nanoTime(), 36);
        List<String> codes = List.of(TestIdentities.creditCode(), TestIdentities.creditCode(),
                TestIdentities.creditCode());
        List<List<String>> rows = new ArrayList<>();
        // one row past the limit: every row before it is valid, and the one past it fails the whole file
        for (int i = 0; i < maxRows + 1; i++) {
            boolean byCode = i % 2 == 0;
            String employer = byCode ? marker + "代理所" + (i % 3) : marker + "工厂" + (i / 2 % 4);
            rows.add(List.of("韩" + i + marker, TestIdentities.identity("330106", i % 3 == 0), "330100", "专利代理师",
                    employer, byCode ? codes.get(i % 3) : ""));
        }
        JsonNode job = ImportJobs.run(http, auth, "talents.csv", Spreadsheets.csv(HEADER, rows, StandardCharsets.UTF_8,
                false));
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failureCode").asString()).isEqualTo("import.file.tooManyRows");

        JsonNode organisations = http.get("/api/v1/organisations?q=" + URLEncoder.encode(marker,
                StandardCharsets.UTF_8), "Authorization", auth).json();
        assertThat(organisations.get("page").get("totalElements").asLong()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from organisation where name like ? or credit_code in "
                + "(?, ?, ?)", Long.class, marker + "%", codes.get(0), codes.get(1), codes.get(2))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from talent where name like ?", Long.class, "韩%" + marker))
                .isZero();

        // the same rows without the one too many: the file goes through and registers those organisations
        JsonNode valid = ImportJobs.run(http, auth, "talents.csv", Spreadsheets.csv(HEADER, rows.subList(0, maxRows),
                StandardCharsets.UTF_8, false));
        assertThat(valid.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(valid.get("organisationsCreated").asInt()).isEqualTo(3 + 4);
    }
}
