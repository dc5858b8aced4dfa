package org.iptalent.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.iptalent.reference.SmallCodeLists;
import org.iptalent.registry.TalentInput;
import org.iptalent.shared.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

/** A talent's codes (region, industry, category, education, discipline) are checked by the reference data's one rule. */
class TalentValidatorCodeTests {

    private static final Set<String> CODED = Set.of("regionCode", "industryCode", "categories", "education",
            "discipline");

    private final TalentValidator validator = new TalentValidator(new SmallCodeLists());

    @Test
    void knownCodesPass() {
        assertThat(codeProblems(input(SmallCodeLists.CITY, SmallCodeLists.DIVISION, SmallCodeLists.EDUCATION,
                List.of(SmallCodeLists.CATEGORY)))).isEmpty();
    }

    @Test
    void eachUnknownCodeIsAProblemOfItsFieldNamingTheCode() {
        assertThat(codeProblems(input("999900", "99", "KINDERGARTEN", List.of(SmallCodeLists.CATEGORY, "NO_SUCH"))))
                .containsExactlyInAnyOrder(
                        new Problem("regionCode", "field.unknownCode", List.of("999900")),
                        new Problem("industryCode", "field.unknownCode", List.of("99")),
                        new Problem("education", "field.unknownCode", List.of("KINDERGARTEN")),
                        new Problem("categories", "field.unknownCode", List.of("NO_SUCH")));
    }

    @Test
    void aCodeOfTheWrongKindIsUnknownToo() {
        // a county is no region of the list, a section no industry division, a team no category
        assertThat(codeProblems(input(SmallCodeLists.COUNTY, SmallCodeLists.SECTION, null,
                List.of(SmallCodeLists.TEAM)))).containsExactlyInAnyOrder(
                        new Problem("regionCode", "field.unknownCode", List.of(SmallCodeLists.COUNTY)),
                        new Problem("industryCode", "field.unknownCode", List.of(SmallCodeLists.SECTION)),
                        new Problem("categories", "field.unknownCode", List.of(SmallCodeLists.TEAM)));
    }

    @Test
    void aMissingRegionOrCategoryIsRequiredNotUnknown() {
        assertThat(codeProblems(input(" ", null, null, List.of(" ")))).containsExactlyInAnyOrder(
                new Problem("regionCode", "field.required"),
                new Problem("categories", "talent.categories.required"));
    }

    @Test
    void categoriesAreResolvedToTheirTeamFromTheCodeAsChecked() {
        assertThat(validator.categories(List.of(" " + SmallCodeLists.CATEGORY, SmallCodeLists.TEAM)))
                .extracting(TalentCategory::getTeam, TalentCategory::getCategory)
                .containsExactly(tuple(SmallCodeLists.TEAM, SmallCodeLists.CATEGORY));
    }

    private List<Problem> codeProblems(TalentInput input) {
        return validator.check(input).stream().filter(p -> CODED.contains(p.field())).toList();
    }

    private static TalentInput input(String region, String industry, String education, List<String> categories) {
        return new TalentInput("王测试", null, null, null, null, null, education, null, null, "某公司", null, region,
                industry, categories, null, null, null, null);
    }
}
