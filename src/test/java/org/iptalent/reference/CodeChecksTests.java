package org.iptalent.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.iptalent.shared.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

/** Every kind of code is checked by one rule: a code the list does not hold, or holds as another kind, is unknown. */
class CodeChecksTests {

    private final ReferenceData reference = new SmallCodeLists();

    @Test
    void aProvinceOrACityOfTheListIsARegion() {
        assertThat(reference.checkRegion("regionCode", SmallCodeLists.PROVINCE)).isEmpty();
        assertThat(reference.checkRegion("regionCode", " " + SmallCodeLists.CITY + " ")).isEmpty();
    }

    @Test
    void anUnknownRegionOrACountyIsAnUnknownCodeOfItsField() {
        assertThat(reference.checkRegion("regionCode", "999900")).contains(unknown("regionCode", "999900"));
        // counties are real codes, but not of the two levels the platform administers
        assertThat(reference.checkRegion("region", SmallCodeLists.COUNTY))
                .contains(unknown("region", SmallCodeLists.COUNTY));
    }

    @Test
    void anIndustryIsADivisionNotASection() {
        assertThat(reference.checkIndustry("industryCode", SmallCodeLists.DIVISION)).isEmpty();
        assertThat(reference.checkIndustry("industryCode", "99")).contains(unknown("industryCode", "99"));
        assertThat(reference.checkIndustry("industryCode", SmallCodeLists.SECTION))
                .contains(unknown("industryCode", SmallCodeLists.SECTION));
    }

    @Test
    void aTermMustBeOfTheKindAsked() {
        assertThat(reference.checkTerm("categories", TaxonomyKind.CATEGORY, SmallCodeLists.CATEGORY)).isEmpty();
        assertThat(reference.checkTerm("education", TaxonomyKind.EDUCATION, "KINDERGARTEN"))
                .contains(unknown("education", "KINDERGARTEN"));
        // a team is a term, but not a category
        assertThat(reference.checkTerm("categories", TaxonomyKind.CATEGORY, SmallCodeLists.TEAM))
                .contains(unknown("categories", SmallCodeLists.TEAM));
    }

    @Test
    void aBlankCodeIsLeftToTheCallerWhoKnowsWhetherItIsRequired() {
        assertThat(reference.checkRegion("regionCode", null)).isEmpty();
        assertThat(reference.checkIndustry("industryCode", " ")).isEmpty();
        assertThat(reference.checkTerm("type", TaxonomyKind.ORGANISATION_TYPE, "")).isEmpty();
    }

    @Test
    void theProblemNamesTheCodeAsEnteredWithoutItsSpaces() {
        assertThat(reference.checkTerm("type", TaxonomyKind.ORGANISATION_TYPE, " GUILD "))
                .contains(unknown("type", "GUILD"));
    }

    private static Problem unknown(String field, String code) {
        return new Problem(field, "field.unknownCode", List.of(code));
    }
}
