package org.iptalent.training.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The satisfaction score's arithmetic: answers on 100 points, means over responses, the gap, the text rule. */
class SurveyScoreTests {

    @Test
    void aFivePointAnswerCountsFromOneAndATenPointAnswerFromNought() {
        assertThat(ItemKind.SCALE_5.score(1)).isEqualByComparingTo("0");
        assertThat(ItemKind.SCALE_5.score(2)).isEqualByComparingTo("25");
        assertThat(ItemKind.SCALE_5.score(4)).isEqualByComparingTo("75");
        assertThat(ItemKind.SCALE_5.score(5)).isEqualByComparingTo("100");
        assertThat(ItemKind.SCALE_10.score(0)).isEqualByComparingTo("0");
        assertThat(ItemKind.SCALE_10.score(7)).isEqualByComparingTo("70");
        assertThat(ItemKind.SCALE_10.score(10)).isEqualByComparingTo("100");
        assertThatThrownBy(() -> ItemKind.SCALE_5.score(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemKind.SCALE_10.score(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemKind.TEXT.score(1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ItemKind.SCALE_5.points()).containsExactly(1, 2, 3, 4, 5);
        assertThat(ItemKind.SCALE_10.points()).hasSize(11).startsWith(0).endsWith(10);
        assertThat(ItemKind.TEXT.points()).isEmpty();
    }

    @Test
    void aMeanLeavesOutWhatIsMissingAndIsNothingWithoutScores() {
        assertThat(SurveyScore.mean(List.of(new BigDecimal("100"), new BigDecimal("75.83")))).isEqualByComparingTo("87.92");
        assertThat(SurveyScore.mean(Arrays.asList(new BigDecimal("80"), null, new BigDecimal("90"))))
                .isEqualByComparingTo("85");
        assertThat(SurveyScore.mean(List.of())).isNull();
        assertThat(SurveyScore.mean(Arrays.asList((BigDecimal) null))).isNull();
    }

    @Test
    void theGapToTheTargetIsSignedAndTheRateIsAShareOfThoseAsked() {
        assertThat(SurveyScore.gap(new BigDecimal("88.64"), 90)).isEqualByComparingTo("-1.4");
        assertThat(SurveyScore.gap(new BigDecimal("92.05"), 90)).isEqualByComparingTo("2.1");
        assertThat(SurveyScore.gap(null, 90)).isNull();
        assertThat(SurveyScore.rate(2, 3)).isEqualByComparingTo("66.7");
        assertThat(SurveyScore.rate(0, 0)).isNull();
        assertThat(SurveyScore.shown(new BigDecimal("87.95"))).isEqualByComparingTo("88.0");
    }

    @Test
    void resultsWaitForTheSurveyToCloseWithTheMinimumNumberOfResponses() {
        assertThat(SurveyScore.resultsShown(true, 2, 3)).isFalse();
        assertThat(SurveyScore.resultsShown(true, 3, 3)).isTrue();
        assertThat(SurveyScore.resultsShown(false, 3, 3)).as("never while it is open").isFalse();
        assertThat(SurveyScore.resultsShown(false, 30, 3)).isFalse();
        assertThat(SurveyScore.resultsShown(true, 0, 0)).as("never for no response at all").isFalse();
        assertThat(SurveyScore.resultsShown(true, 1, 0)).isTrue();
    }
}
