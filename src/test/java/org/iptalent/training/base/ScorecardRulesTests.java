package org.iptalent.training.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

/** What a scorecard must be before it is stored: every problem at once, each on its field. */
class ScorecardRulesTests {

    static final Map<String, Long> ACCOUNTS = Map.of("expert.bj", 11L, "expert.sh", 12L);

    static List<ItemSpec> check(ScorecardInput input) {
        return ScorecardRules.check(input, "CLASSES_HELD"::equals, ACCOUNTS::get);
    }

    static ScorecardInput.Item computed(Integer weight) {
        return new ScorecardInput.Item(null, "COMPUTED", weight, "CLASSES_HELD", new BigDecimal("12"), null);
    }

    static ScorecardInput.Item reviewed(Integer weight, String reviewers) {
        return new ScorecardInput.Item("师资队伍", "REVIEWED", weight, null, null, reviewers);
    }

    @Test
    void aValidScorecardBecomesItsItemsWithReviewersResolved() {
        List<ScorecardInput.Item> items = new ArrayList<>(List.of(computed(60), reviewed(40, "expert.bj，Expert.SH、expert.bj")));
        items.add(new ScorecardInput.Item(" ", null, null, "", null, null)); // a blank row
        List<ItemSpec> specs = check(new ScorecardInput(new BigDecimal("80"), new BigDecimal("60"), items));
        assertThat(specs).hasSize(2);
        assertThat(specs.get(0).measureCode()).isEqualTo("CLASSES_HELD");
        assertThat(specs.get(1).reviewerIds()).isEqualTo(Set.of(11L, 12L));
    }

    @Test
    void weightsMustSumToExactlyOneHundred() {
        assertThat(problems(new ScorecardInput(new BigDecimal("80"), new BigDecimal("60"),
                List.of(computed(60), reviewed(30, "expert.bj"))))).containsExactly(
                new Problem("items", "trainingBase.scorecard.weights", List.of(90)));
        assertThat(problems(new ScorecardInput(new BigDecimal("80"), new BigDecimal("60"),
                List.of(computed(70), reviewed(31, "expert.bj"))))).extracting(Problem::messageKey)
                .containsExactly("trainingBase.scorecard.weights");
    }

    @Test
    void eachItemIsCheckedOnItsOwnFields() {
        List<Problem> problems = problems(new ScorecardInput(new BigDecimal("80"), new BigDecimal("60"), List.of(
                new ScorecardInput.Item(null, "COMPUTED", 0, "UNKNOWN", new BigDecimal("-1"), null),
                new ScorecardInput.Item(null, "REVIEWED", 101, null, null, "nobody"),
                new ScorecardInput.Item("x", "GUESSED", 10, null, null, null))));
        assertThat(problems).extracting(Problem::field, Problem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple("items[0].weight", "trainingBase.scorecard.weight.range"),
                org.assertj.core.groups.Tuple.tuple("items[0].measureCode", "field.unknownCode"),
                org.assertj.core.groups.Tuple.tuple("items[0].fullMarks", "trainingBase.scorecard.fullMarks.positive"),
                org.assertj.core.groups.Tuple.tuple("items[1].weight", "trainingBase.scorecard.weight.range"),
                org.assertj.core.groups.Tuple.tuple("items[1].name", "field.required"),
                org.assertj.core.groups.Tuple.tuple("items[1].reviewers", "trainingBase.scorecard.reviewer.unknown"),
                org.assertj.core.groups.Tuple.tuple("items[2].kind", "field.unknownCode"));
        // weights with a problem of their own are not summed as well
        assertThat(problems).extracting(Problem::messageKey).doesNotContain("trainingBase.scorecard.weights");
    }

    @Test
    void thresholdsAndItemsAreRequiredAndOrdered() {
        assertThat(problems(new ScorecardInput(new BigDecimal("50"), new BigDecimal("60"), List.of(computed(100)))))
                .extracting(Problem::messageKey).containsExactly("trainingBase.scorecard.thresholds");
        assertThat(problems(new ScorecardInput(new BigDecimal("101"), new BigDecimal("60"), List.of(computed(100)))))
                .extracting(Problem::messageKey).containsExactly("trainingBase.scorecard.thresholds");
        assertThat(problems(new ScorecardInput(null, null, List.of()))).extracting(Problem::field)
                .containsExactly("keepFrom", "probationFrom", "items");
        assertThat(problems(new ScorecardInput(new BigDecimal("80"), new BigDecimal("60"),
                List.of(reviewed(100, " "))))).extracting(Problem::messageKey)
                .containsExactly("trainingBase.scorecard.reviewers.required");
    }

    static List<Problem> problems(ScorecardInput input) {
        try {
            check(input);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void namesAreSplitAtAnySeparator() {
        assertThat(ScorecardRules.names("a, b；c d、A")).containsExactly("a", "b", "c", "d");
        assertThatThrownBy(() -> check(new ScorecardInput(new BigDecimal("80"), new BigDecimal("60"),
                List.of(computed(100), computed(null))))).isInstanceOf(InvalidInputException.class);
    }
}
