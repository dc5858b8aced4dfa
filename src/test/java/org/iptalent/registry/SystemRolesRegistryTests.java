package org.iptalent.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The system administrator and the auditor hold no business region: the registry's pages, like its API, refuse
 * them with a 403 even for a record whose address they know, their navigation offers neither talents nor
 * organisations, and the registry's services find no record for them, by id included. (RegistryRegionScopeTests
 * holds the security administrator and a talent to the lists.)
 */
@PlatformTest
class SystemRolesRegistryTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TalentRecords records;
    @Autowired
    OrganisationRecords organisations;

    UserSummary officer;
    long talentId;
    long organisationId;

    @BeforeEach
    void aTalentAndItsEmployer() {
        officer = accounts.active("sys.zj", Role.PROVINCIAL_ADMIN, "330000");
        String auth = token(officer);
        Http http = new Http(port);
        String code = TestIdentities.creditCode();
        var firm = http.postJson("/api/v1/organisations", Map.of("name", "系统角色测试所" + System.nanoTime(),
                "type", "PATENT_AGENCY", "creditCode", code, "regionCode", "330100"), "Authorization", auth);
        assertThat(firm.status()).isEqualTo(201);
        organisationId = firm.json().get("id").asLong();
        var talent = http.postJson("/api/v1/talents", Map.of("name", "蒋系统", "identityNumber",
                TestIdentities.identity("330106", true), "regionCode", "330100", "categories",
                List.of("APP_PATENT_AGENT"), "employerCreditCode", code), "Authorization", auth);
        assertThat(talent.status()).isEqualTo(201);
        talentId = talent.json().get("id").asLong();
    }

    @Test
    void theSystemAdministratorAndTheAuditorAreRefusedThePagesAndTheApiAndFindNothing() {
        Http administrator = new Http(port);
        administrator.signInEnrolling(officer.username(), TestAccounts.PASSWORD);
        assertThat(administrator.get("/talents/" + talentId).status()).isEqualTo(200);
        assertThat(administrator.get("/").body()).as("an administrator's navigation")
                .contains("href=\"/talents\"", "href=\"/organisations\"");

        for (Role role : List.of(Role.SYSTEM_ADMIN, Role.AUDITOR)) {
            UserSummary user = accounts.active("sys." + role.name().toLowerCase(), role, null);
            Http browser = new Http(port);
            assertThat(browser.signInEnrolling(user.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
            for (String page : List.of("/talents", "/talents/" + talentId, "/talents/new", "/talent-imports",
                    "/organisations", "/organisations/" + organisationId)) {
                assertThat(browser.get(page).status()).as("%s for %s", page, role).isEqualTo(403);
            }
            String home = browser.get("/").body();
            assertThat(home).as("the navigation of %s", role)
                    .doesNotContain("href=\"/talents\"", "href=\"/organisations\"");

            String auth = token(user);
            for (String path : List.of("/api/v1/talents/" + talentId, "/api/v1/organisations/" + organisationId,
                    "/api/v1/talent-imports/template")) {
                assertThat(new Http(port).get(path, "Authorization", auth).status()).as("%s for %s", path, role)
                        .isEqualTo(403);
            }

            TestAccounts.as(user, () -> {
                assertThat(records.find(talentId)).isEmpty();
                assertThatThrownBy(() -> records.get(talentId)).isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> organisations.get(organisationId))
                        .isInstanceOf(RecordNotFoundException.class);
                return null;
            });
        }
    }

    private String token(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "system-roles").token();
    }
}
