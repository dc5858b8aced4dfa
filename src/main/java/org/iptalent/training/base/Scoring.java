package org.iptalent.training.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of the annual assessment, in one place: a computed item earns points linearly up to its full-marks
 * value and no more; a reviewed item earns its reviewers' mean; the total weighs each item's points by its weight
 * (the weights sum to 100). Points are kept to two decimals.
 */
public final class Scoring {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /** A computed item's points: {@code value / fullMarks × 100}, between 0 and 100; no value is no data (0). */
    public static ItemScore computed(BigDecimal value, BigDecimal fullMarks) {
        if (value == null) {
            return new ItemScore(null, BigDecimal.ZERO.setScale(2), true);
        }
        BigDecimal points = value.multiply(HUNDRED).divide(fullMarks, 2, RoundingMode.HALF_UP);
        return new ItemScore(value, points.max(BigDecimal.ZERO).min(HUNDRED).setScale(2), false);
    }

    /** A reviewed item's points: the mean of the scores given so far; none given is no data (0). */
    public static ItemScore reviewed(Collection<Integer> scores) {
        if (scores.isEmpty()) {
            return new ItemScore(null, BigDecimal.ZERO.setScale(2), true);
        }
        BigDecimal sum = BigDecimal.valueOf(scores.stream().mapToLong(Integer::longValue).sum());
        return new ItemScore(null, sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP), false);
    }

    /** The weighted total of {@code items}' points (an item without points counts 0). */
    public static BigDecimal total(List<ScorecardItem> items, Map<Long, ItemScore> scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (ScorecardItem item : items) {
            ItemScore score = scores.get(item.getId());
            if (score != null) {
                total = total.add(score.getScore().multiply(BigDecimal.valueOf(item.getWeight())));
            }
        }
        return total.divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** What thresholds make of a total: at least {@code keepFrom} keeps, at least {@code probationFrom} probation. */
    public static Adjustment recommend(BigDecimal total, BigDecimal keepFrom, BigDecimal probationFrom) {
        if (total.compareTo(keepFrom) >= 0) {
            return Adjustment.KEEP;
        }
        return total.compareTo(probationFrom) >= 0 ? Adjustment.PROBATION : Adjustment.REVOKE;
    }
}
