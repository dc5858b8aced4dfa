package org.iptalent.training.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The assessment's arithmetic: linear up to full marks and capped, no data is 0, reviewers' mean, weights, thresholds. */
class ScoringTests {

    @Test
    void aComputedItemEarnsItsShareOfFullMarksAndNoMore() {
        assertThat(Scoring.computed(new BigDecimal("6"), new BigDecimal("12")).getScore()).isEqualByComparingTo("50");
        assertThat(Scoring.computed(new BigDecimal("12"), new BigDecimal("12")).getScore()).isEqualByComparingTo("100");
        assertThat(Scoring.computed(new BigDecimal("30"), new BigDecimal("12")).getScore()).isEqualByComparingTo("100");
        assertThat(Scoring.computed(new BigDecimal("1"), new BigDecimal("3")).getScore()).isEqualByComparingTo("33.33");
        assertThat(Scoring.computed(new BigDecimal("-4"), new BigDecimal("12")).getScore()).isEqualByComparingTo("0");
        ItemScore measured = Scoring.computed(new BigDecimal("9"), new BigDecimal("12"));
        assertThat(measured.isNoData()).isFalse();
        assertThat(measured.getMeasured()).isEqualByComparingTo("9");
    }

    @Test
    void noDataScoresZeroAndSaysSo() {
        ItemScore none = Scoring.computed(null, new BigDecimal("12"));
        assertThat(none.isNoData()).isTrue();
        assertThat(none.getScore()).isEqualByComparingTo("0");
        assertThat(none.getMeasured()).isNull();
        ItemScore unreviewed = Scoring.reviewed(List.of());
        assertThat(unreviewed.isNoData()).isTrue();
        assertThat(unreviewed.getScore()).isEqualByComparingTo("0");
    }

    @Test
    void aReviewedItemScoresItsReviewersMean() {
        assertThat(Scoring.reviewed(List.of(90, 80, 75)).getScore()).isEqualByComparingTo("81.67");
        assertThat(Scoring.reviewed(List.of(100)).getScore()).isEqualByComparingTo("100");
    }

    @Test
    void theTotalWeighsEachItemAndItemsWithoutPointsCountZero() {
        ScorecardItem classes = item(1L, 40);
        ScorecardItem trainees = item(2L, 35);
        ScorecardItem review = item(3L, 25);
        BigDecimal total = Scoring.total(List.of(classes, trainees, review), Map.of(
                1L, new ItemScore(null, new BigDecimal("100"), false),
                2L, new ItemScore(null, new BigDecimal("50"), false)));
        assertThat(total).isEqualByComparingTo("57.50");
    }

    @Test
    void thresholdsIncludeTheirLowerBound() {
        BigDecimal keep = new BigDecimal("80");
        BigDecimal probation = new BigDecimal("60");
        assertThat(Scoring.recommend(new BigDecimal("80.00"), keep, probation)).isEqualTo(Adjustment.KEEP);
        assertThat(Scoring.recommend(new BigDecimal("79.99"), keep, probation)).isEqualTo(Adjustment.PROBATION);
        assertThat(Scoring.recommend(new BigDecimal("60"), keep, probation)).isEqualTo(Adjustment.PROBATION);
        assertThat(Scoring.recommend(new BigDecimal("59.99"), keep, probation)).isEqualTo(Adjustment.REVOKE);
    }

    static ScorecardItem item(long id, int weight) {
        ScorecardItem item = new ScorecardItem(null, 0);
        item.define(new ItemSpec("项目", ItemKind.REVIEWED, weight, null, null, Set.of(1L)));
        ReflectionTestUtils.setField(item, "id", id);
        return item;
    }
}
