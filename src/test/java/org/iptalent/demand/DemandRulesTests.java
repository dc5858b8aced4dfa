package org.iptalent.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.iptalent.demand.report.DemandInput;
import org.iptalent.demand.report.DemandRules;
import org.iptalent.reference.Division;
import org.iptalent.reference.Industry;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.SmallCodeLists;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.junit.jupiter.api.Test;

/** The rules of a reported need, on a small code list: codes, the team's categories, counts, years and scope. */
class DemandRulesTests {

    /** Guangdong, Guangzhou and Jiangsu; one industry section and division; a team with one category. */
    static final ReferenceData CODES = new SmallCodeLists(
            List.of(new Division("440000", null, 1, "广东省", "广东", "Guangdong", "PROVINCE", "CN-GD"),
                    new Division("440100", "440000", 2, "广州市", "广州", "Guangzhou", "CITY", null),
                    new Division("320000", null, 1, "江苏省", "江苏", "Jiangsu", "PROVINCE", "CN-JS")),
            List.of(new Industry("I", null, "信息技术", "IT"), new Industry("65", "I", "软件", "Software")),
            List.of(new Term(TaxonomyKind.TEAM, "APPLICATION", null, "运用", "Application"),
                    new Term(TaxonomyKind.TEAM, "BASIC", null, "基础", "Basic"),
                    new Term(TaxonomyKind.CATEGORY, "APP_PATENT_AGENT", "APPLICATION", "专利代理师", "Patent agents"),
                    new Term(TaxonomyKind.EDUCATION, "MASTER", null, "硕士", "Master"),
                    new Term(TaxonomyKind.QUALIFICATION_TYPE, "PATENT_AGENT", null, "专利代理师资格", "Agent")));

    final DemandRules rules = new DemandRules(CODES);
    final RegionScope guangdong = RegionScope.of("440000");

    static DemandInput need(String region, String industry, String team, String category, Integer count) {
        return new DemandInput(null, 2025, "Y3", region, industry, team, category, "PATENT_AGENT", "MASTER", count);
    }

    private List<String> keys(DemandInput input, RegionScope scope) {
        return rules.problems(input, scope).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aNeedWithKnownCodesWithinTheScopePasses() {
        DemandInput input = need("440100", "65", "APPLICATION", "APP_PATENT_AGENT", 12);
        assertThat(rules.problems(input, guangdong)).isEmpty();
        DemandRules.Checked checked = rules.checked(input);
        assertThat(checked.horizon()).isEqualTo(DemandHorizon.Y3);
        assertThat(checked.count()).isEqualTo(12);
        // zero is a need answered (the employer needs none), and the largest count passes
        assertThat(rules.problems(need("440000", "65", "APPLICATION", "APP_PATENT_AGENT", 0), guangdong)).isEmpty();
        assertThat(rules.problems(need("440000", "65", "APPLICATION", "APP_PATENT_AGENT", DemandRules.MAX_COUNT),
                guangdong)).isEmpty();
    }

    @Test
    void unknownCodesAreEachNamedWithTheCodeGiven() {
        List<Problem> problems = rules.problems(new DemandInput(null, 2025, "Y7", "449999", "I", "NOPE", "NOPE",
                "NOPE", "PHD", 3), guangdong);
        assertThat(problems).extracting(Problem::field).containsExactlyInAnyOrder("horizon", "regionCode",
                "industryCode", "team", "category", "qualification", "education");
        assertThat(problems).filteredOn(p -> p.field().equals("industryCode")).singleElement()
                .satisfies(p -> assertThat(p.arguments()).containsExactly("I"));
        assertThat(problems).filteredOn(p -> p.field().equals("horizon")).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("demand.horizon.unknown"));
    }

    @Test
    void aCategoryOfAnotherTeamIsRefused() {
        assertThat(keys(need("440100", "65", "BASIC", "APP_PATENT_AGENT", 1), guangdong))
                .containsExactly("category:demand.category.notOfTeam");
    }

    @Test
    void negativeAndAbsurdCountsAreRefused() {
        assertThat(keys(need("440100", "65", "APPLICATION", "APP_PATENT_AGENT", -1), guangdong))
                .containsExactly("count:demand.count.range");
        assertThat(keys(need("440100", "65", "APPLICATION", "APP_PATENT_AGENT", DemandRules.MAX_COUNT + 1),
                guangdong)).containsExactly("count:demand.count.range");
        assertThat(keys(need("440100", "65", "APPLICATION", "APP_PATENT_AGENT", null), guangdong))
                .containsExactly("count:field.required");
    }

    @Test
    void aPlaceOutsideTheReportersRegionIsRefusedButTheCountryMayNameAny() {
        assertThat(keys(need("320000", "65", "APPLICATION", "APP_PATENT_AGENT", 2), guangdong))
                .containsExactly("regionCode:demand.region.outOfScope");
        assertThat(keys(need("320000", "65", "APPLICATION", "APP_PATENT_AGENT", 2), RegionScope.national()))
                .isEmpty();
        assertThat(keys(need("440100", "65", "APPLICATION", "APP_PATENT_AGENT", 2), RegionScope.nothing()))
                .containsExactly("regionCode:demand.region.outOfScope");
    }

    @Test
    void yearsAndRequiredFields() {
        assertThat(keys(new DemandInput(null, 1999, null, null, null, null, null, null, null, 1), guangdong))
                .containsExactlyInAnyOrder("year:demand.year.range", "horizon:field.required",
                        "regionCode:field.required", "industryCode:field.required", "team:field.required",
                        "category:field.required", "education:field.required");
        assertThat(DemandRules.horizon("now")).contains(DemandHorizon.NOW);
    }
}
