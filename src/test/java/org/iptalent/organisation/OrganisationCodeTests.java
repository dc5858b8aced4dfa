package org.iptalent.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.iptalent.reference.SmallCodeLists;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** An organisation's codes (type, region, industry) are checked by the reference data's one rule, as a talent's are. */
class OrganisationCodeTests {

    private static final Set<String> CODED = Set.of("type", "regionCode", "industryCode");

    private final OrganisationRecords records = new OrganisationRecords(null, new SmallCodeLists(), null, null, null);

    @BeforeEach
    void signInAZhejiangAdministrator() {
        var user = new CurrentUser(1, "admin.zj", "浙江管理员", Set.of(Role.PROVINCIAL_ADMIN), SmallCodeLists.PROVINCE);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void knownCodesPass() {
        assertThat(codeProblems(new OrganisationInput("某公司", SmallCodeLists.ORGANISATION_TYPE, null,
                SmallCodeLists.CITY, SmallCodeLists.DIVISION))).isEmpty();
    }

    @Test
    void unknownCodesAndCodesOfTheWrongKindAreUnknownCodesOfTheirField() {
        assertThat(codeProblems(new OrganisationInput("某公司", SmallCodeLists.TEAM, null, "999900",
                SmallCodeLists.SECTION))).containsExactlyInAnyOrder(
                        new Problem("type", "field.unknownCode", List.of(SmallCodeLists.TEAM)),
                        new Problem("regionCode", "field.unknownCode", List.of("999900")),
                        new Problem("industryCode", "field.unknownCode", List.of(SmallCodeLists.SECTION)));
        assertThat(codeProblems(new OrganisationInput("某公司", "GUILD", null, SmallCodeLists.COUNTY, "99")))
                .containsExactlyInAnyOrder(
                        new Problem("type", "field.unknownCode", List.of("GUILD")),
                        new Problem("regionCode", "field.unknownCode", List.of(SmallCodeLists.COUNTY)),
                        new Problem("industryCode", "field.unknownCode", List.of("99")));
    }

    @Test
    void aMissingTypeOrRegionIsRequiredNotUnknown() {
        assertThat(codeProblems(new OrganisationInput("某公司", " ", null, null, null))).containsExactlyInAnyOrder(
                new Problem("type", "field.required"), new Problem("regionCode", "field.required"));
    }

    private List<Problem> codeProblems(OrganisationInput input) {
        return records.check(input).stream().filter(p -> CODED.contains(p.field())).toList();
    }
}
