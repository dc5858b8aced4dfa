package org.iptalent.training.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The satisfaction score's arithmetic: a response's score is the mean of its scale answers on 100 points, and a
 * class's, base's, region's or year's score the mean over its responses (each response counts once, however many
 * items it answered). Scores keep two decimals; pages show one.
 */
public final class SurveyScore {

    private SurveyScore() {
    }

    /** The mean of these scores to two decimals, or null when there are none (nulls are left out). */
    public static BigDecimal mean(Collection<BigDecimal> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (BigDecimal score : scores) {
            if (score != null) {
                sum = sum.add(score);
                count++;
            }
        }
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** How far a score lies from the target, positive above it; null without a score. */
    public static BigDecimal gap(BigDecimal score, int target) {
        return score == null ? null : score.subtract(BigDecimal.valueOf(target)).setScale(1, RoundingMode.HALF_UP);
    }

    /** A score as pages show it: one decimal. */
    public static BigDecimal shown(BigDecimal score) {
        return score == null ? null : score.setScale(1, RoundingMode.HALF_UP);
    }

    /** The share of those asked who answered, in per cent with one decimal; null when nobody was asked. */
    public static BigDecimal rate(long responses, long invited) {
        if (invited <= 0) {
            return null;
        }
        return BigDecimal.valueOf(responses * 100).divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP);
    }

    /**
     * Whether the base may read a survey's results (its score, the items' means, the free text): only once it has
     * closed, so that no mean can be read again after one more response, and enough trainees answered to hide each
     * one.
     */
    public static boolean resultsShown(boolean closed, long responses, int minimum) {
        return closed && responses >= Math.max(1, minimum);
    }
}
