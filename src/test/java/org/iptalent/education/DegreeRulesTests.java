package org.iptalent.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.iptalent.education.degree.DegreeLevel;
import org.iptalent.education.degree.DegreeRules;
import org.iptalent.shared.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

/** The programmes' rules without the database: first years, counts, graduates before and beyond the cohorts. */
class DegreeRulesTests {

    private static final int THIS_YEAR = 2026;

    @Test
    void theFirstYearIsNeitherInTheFutureNorBefore1980NorBeforeTheDegreeExisted() {
        assertThat(keys(DegreeRules.programme("知识产权", DegreeLevel.BACHELOR, 2004, THIS_YEAR))).isEmpty();
        assertThat(keys(DegreeRules.programme("知识产权", DegreeLevel.BACHELOR, 2026, THIS_YEAR))).isEmpty();
        assertThat(keys(DegreeRules.programme("知识产权", DegreeLevel.BACHELOR, 2027, THIS_YEAR)))
                .containsExactly("firstYear:education.firstYear.future");
        assertThat(keys(DegreeRules.programme("知识产权", DegreeLevel.DOCTORATE, 1979, THIS_YEAR)))
                .containsExactly("firstYear:education.firstYear.tooEarly");
        assertThat(keys(DegreeRules.programme("知识产权", DegreeLevel.MASTER, 1980, THIS_YEAR))).isEmpty();
        assertThat(keys(DegreeRules.programme("知识产权", DegreeLevel.PROFESSIONAL_MASTER, 2021, THIS_YEAR)))
                .containsExactly("firstYear:education.firstYear.beforeDegree");
        assertThat(keys(DegreeRules.programme("知识产权", DegreeLevel.PROFESSIONAL_MASTER, 2022, THIS_YEAR)))
                .isEmpty();
        assertThat(keys(DegreeRules.programme(" ", null, null, THIS_YEAR)))
                .containsExactly("name:field.required", "level:field.required", "firstYear:field.required");
        assertThat(keys(DegreeRules.programme("x".repeat(101), DegreeLevel.MASTER, 2010, THIS_YEAR)))
                .containsExactly("name:field.tooLong");
    }

    @Test
    void aYearLiesBetweenTheFirstYearAndThisYearWithSaneCounts() {
        assertThat(keys(year(DegreeLevel.BACHELOR, 2010, 2009, 50, 0, Map.of())))
                .containsExactly("year:education.year.range");
        assertThat(keys(year(DegreeLevel.BACHELOR, 2010, 2027, 50, 0, Map.of())))
                .containsExactly("year:education.year.range");
        assertThat(keys(year(DegreeLevel.BACHELOR, 2010, 2020, -1, 0, Map.of())))
                .containsExactly("intake:education.count.range");
        assertThat(keys(year(DegreeLevel.BACHELOR, 2010, 2020, 50, DegreeRules.MAX_PER_YEAR + 1, Map.of())))
                .containsExactly("graduates:education.count.range");
        assertThat(keys(year(DegreeLevel.BACHELOR, 2010, null, null, null, Map.of())))
                .containsExactly("year:field.required", "intake:field.required", "graduates:field.required");
        assertThat(keys(year(DegreeLevel.BACHELOR, 2010, 2020, 0, 0, Map.of()))).isEmpty();
    }

    @Test
    void nobodyGraduatesBeforeTheFirstCohortCould() {
        // a professional master's takes two years: the 2023 cohort graduates in 2025 at the earliest
        assertThat(keys(year(DegreeLevel.PROFESSIONAL_MASTER, 2023, 2024, 40, 1, Map.of(2023, 40))))
                .containsExactly("graduates:education.graduates.tooSoon");
        assertThat(keys(year(DegreeLevel.PROFESSIONAL_MASTER, 2023, 2025, 40, 38, Map.of(2023, 40)))).isEmpty();
        assertThat(keys(year(DegreeLevel.BACHELOR, 2020, 2023, 60, 5, Map.of()))).containsExactly(
                "graduates:education.graduates.tooSoon");
        assertThat(keys(year(DegreeLevel.BACHELOR, 2020, 2024, 60, 55, Map.of()))).isEmpty();
    }

    @Test
    void aYearsGraduatesStayWithinHalfAgainTheLargestCohortThatCouldHaveFinished() {
        Map<Integer, Integer> intakes = Map.of(2023, 40, 2024, 100);
        // the 2024 cohort cannot have finished in 2025: the bound is 1.5 × 40
        assertThat(keys(year(DegreeLevel.PROFESSIONAL_MASTER, 2023, 2025, 100, 60, intakes))).isEmpty();
        List<Problem> beyond = year(DegreeLevel.PROFESSIONAL_MASTER, 2023, 2025, 100, 61, intakes);
        assertThat(keys(beyond)).containsExactly("graduates:education.graduates.beyondCohorts");
        assertThat(beyond.get(0).arguments()).containsExactly(60);
        // a cohort admitted nobody: nobody graduates from it
        assertThat(keys(year(DegreeLevel.MASTER, 2016, 2019, 20, 1, Map.of(2016, 0)))).containsExactly(
                "graduates:education.graduates.beyondCohorts");
        // figures kept from some year on, no earlier cohort recorded: only the sane maximum holds
        assertThat(keys(year(DegreeLevel.BACHELOR, 2004, 2016, 80, 300, Map.of(2016, 80)))).isEmpty();
    }

    private static List<Problem> year(DegreeLevel level, int first, Integer year, Integer intake, Integer graduates,
            Map<Integer, Integer> intakes) {
        return DegreeRules.year(level, first, year, intake, graduates, intakes, THIS_YEAR);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }
}
