package org.iptalent.planning;

import java.math.BigDecimal;

/**
 * What an indicator counts and how it is shown. A source counts in a base unit (persons, items, a score, a
 * percentage); an indicator may show the same kind scaled, as the plan counts talents in 10,000 persons.
 */
public enum IndicatorUnit {
    PERSONS(1), TEN_THOUSAND_PERSONS(10_000), ITEMS(1), SCORE(1), PERCENT(1);

    private final BigDecimal scale;

    IndicatorUnit(int scale) {
        this.scale = BigDecimal.valueOf(scale);
    }

    /** The unit a source counts in for this one. */
    public IndicatorUnit base() {
        return this == TEN_THOUSAND_PERSONS ? PERSONS : this;
    }

    /** Whether a source counting in {@code sourceUnit} can feed an indicator shown in this unit. */
    public boolean accepts(IndicatorUnit sourceUnit) {
        return base() == sourceUnit.base();
    }

    /** A value of the base unit shown in this one: 860,000 persons are 86 in 10,000 persons. */
    public BigDecimal fromBase(BigDecimal value) {
        return value == null ? null : plain(value.divide(scale, 4, java.math.RoundingMode.HALF_UP));
    }

    /** Without trailing zeros, and never in exponent form (100, not 1E+2). */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
