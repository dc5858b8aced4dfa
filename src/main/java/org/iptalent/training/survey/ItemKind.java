package org.iptalent.training.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an item is answered: a scale from 1 to 5, a scale from 0 to 10, or free text. A scale answer counts on 100
 * points (1–5: (x−1)/4×100; 0–10: x×10), so that items of both scales make one score.
 */
public enum ItemKind {
    SCALE_5(1, 5), SCALE_10(0, 10), TEXT(0, 0);

    private final int lowest;
    private final int highest;

    ItemKind(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public boolean isScale() {
        return this != TEXT;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    /** Whether {@code value} is a point of this scale (never, for text). */
    public boolean accepts(int value) {
        return isScale() && value >= lowest && value <= highest;
    }

    /** The answer on 100 points, to two decimals. */
    public BigDecimal score(int value) {
        if (!accepts(value)) {
            throw new IllegalArgumentException(value + " is not an answer of " + this);
        }
        return BigDecimal.valueOf((long) (value - lowest) * 100).divide(BigDecimal.valueOf(highest - lowest), 2,
                RoundingMode.HALF_UP);
    }

    /** The points of the scale, lowest first (none for text), for a form's choices. */
    public int[] points() {
        if (!isScale()) {
            return new int[0];
        }
        int[] points = new int[highest - lowest + 1];
        for (int i = 0; i < points.length; i++) {
            points[i] = lowest + i;
        }
        return points;
    }
}
