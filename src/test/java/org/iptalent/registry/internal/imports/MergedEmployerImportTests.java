package org.iptalent.registry.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A name merged away stands for its survivor: the nightly file that still spells it registers nothing again. */
@PlatformTest
class MergedEmployerImportTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.iptalent.identity.internal.ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameFileAfterAMergeRegistersNoOrganisationAndKeepsItsTalentsWithTheSurvivor() throws Exception {
        UserSummary officer = accounts.active("mg.zj", Role.PROVINCIAL_ADMIN, "330000");
        String auth = "Bearer " + tokens.issue(officer.id(), "merge").token();
        Http http = new Http(port);
        String marker = "合" + Long.toString(System.nanoTime(), 36);
        byte[] file = Spreadsheets.csv(List.of("姓名", "身份证号码", "行政区划代码", "人才类别", "工作单位"), List.of(
                List.of("甲" + marker, TestIdentities.identity("330106", true), "330100", "专利代理师", marker + "二号公司"),
                List.of("乙" + marker, TestIdentities.identity("330106", false), "330100", "专利代理师", marker + "四号公司")),
                StandardCharsets.UTF_8, false);
        assertThat(ImportJobs.run(http, auth, "talents.csv", file).get("organisationsCreated").asInt()).isEqualTo(2);
        long duplicate = jdbc.queryForObject("select id from organisation where name = ?", Long.class, marker + "二号公司");
        long survivor = jdbc.queryForObject("select id from organisation where name = ?", Long.class, marker + "四号公司");
        assertThat(http.postJson("/api/v1/organisations/" + duplicate + "/merge?into=" + survivor, Map.of(),
                "Authorization", auth).status()).isEqualTo(200);

        JsonNode again = ImportJobs.run(http, auth, "talents.csv", file);
        assertThat(again.get("organisationsCreated").asInt()).isZero();
        assertThat(again.get("unchangedRows").asInt() + again.get("updatedRows").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from organisation where name_key = organisation_name_key(?)",
                Long.class, marker + "二号公司")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from talent where employer_id = ?", Long.class, survivor))
                .isEqualTo(2);
    }
}
