package org.iptalent.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The organisations module on its own, with only the modules whose beans it uses (audit, reference data) and the
 * platform, included explicitly because it is the embedded PostgreSQL's (the module only uses its types): no
 * registry, so no module moves records in a merge, and the merge still tells whoever listens with
 * {@link OrganisationMerged}.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
class OrganisationModuleTests {

    private final OrganisationRecords organisations;
    private final JdbcTemplate jdbc;

    OrganisationModuleTests(OrganisationRecords organisations, JdbcTemplate jdbc) {
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void signedInAsTheNationalAdministrator() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new CurrentUser(1, "national",
                "国家级管理员", Set.of(Role.NATIONAL_ADMIN), null), null, List.of()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOrganisationIsRegisteredVerifiedAndADuplicateMergedIntoIt(Scenario scenario) {
        String marker = "模" + Long.toString(System.nanoTime(), 36);
        String code = TestIdentities.creditCode();
        OrganisationView survivor = organisations.create(new OrganisationInput(marker + "知识产权代理有限公司",
                "PATENT_AGENCY", code, "330100", "72"));
        assertThat(survivor.verified()).isTrue();
        assertThat(organisations.withCreditCode(code)).get().extracting(Organisation::getName)
                .isEqualTo(marker + "知识产权代理有限公司");

        // what an import registers from a bare name (its SQL is the table's other writer): unverified
        long duplicate = unverified(marker + "知识产权代理公司", null);
        long withCode = unverified(marker + "专利运营中心", TestIdentities.creditCode());
        assertThat(organisations.find(marker, "", true, PageRequest.of(0, 10)).map(OrganisationView::id)
                .getContent()).containsExactlyInAnyOrder(duplicate, withCode);

        assertThatThrownBy(() -> organisations.verify(duplicate)).as("a bare name without a credit code")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("creditCode"));
        assertThat(organisations.verify(withCode).verified()).isTrue();
        assertThat(organisations.find(marker, "", true, PageRequest.of(0, 10)).map(OrganisationView::id)
                .getContent()).containsExactly(duplicate);

        scenario.stimulate(() -> organisations.merge(duplicate, survivor.id()))
                .andWaitForEventOfType(OrganisationMerged.class)
                .matching(event -> event.id() == duplicate)
                .toArriveAndVerify((event, merged) -> {
                    assertThat(event.intoId()).isEqualTo(survivor.id());
                    assertThat(merged.id()).isEqualTo(survivor.id());
                });

        assertThat(jdbc.queryForObject("select merged_into_id from organisation where id = ?", Long.class, duplicate))
                .isEqualTo(survivor.id());
        assertThatThrownBy(() -> organisations.get(duplicate)).isInstanceOf(RecordNotFoundException.class);
        assertThat(organisations.find(marker, "", false, PageRequest.of(0, 10)).map(OrganisationView::id)
                .getContent()).containsExactlyInAnyOrder(survivor.id(), withCode);
        assertThat(organisations.named(marker + "知识产权代理公司", "33")).as("a merged name names nothing").isEmpty();
        assertThatThrownBy(() -> organisations.merge(withCode, survivor.id()))
                .as("a verified organisation is not merged away").isInstanceOf(BusinessRuleException.class);
    }

    private long unverified(String name, String creditCode) {
        return jdbc.queryForObject("""
                insert into organisation (name, type, credit_code, region_code, verified, version, created_at,
                  updated_at) values (?, 'ENTERPRISE', ?, '330100', false, 0, now(), now()) returning id""",
                Long.class, name, creditCode);
    }
}
