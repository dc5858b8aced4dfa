package org.iptalent.planning.target;

import java.math.BigDecimal;

import org.iptalent.planning.IndicatorUnit;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScope;

/**
 * Who sets which region's target, and which numbers a target may be, without the database: the national office
 * assigns the provinces theirs, a province refines its own and assigns its prefecture cities theirs, a city reads.
 */
final class TargetRules {

    /** The largest target of any unit: what numeric(14,2) holds, whole. */
    static final BigDecimal MAX = new BigDecimal("999999999999");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    enum Action { ASSIGN, REFINE }

    /**
     * A division as the rules see it, named in the user's language for the refusals; a county group is a province's
     * directly administered counties (429000, 469000…), a code list entry but no prefecture with a target of its own.
     */
    record Region(String code, String name, boolean province, String provinceCode, boolean mainland,
            boolean countyGroup) {
    }

    private TargetRules() {
    }

    /** What a user of {@code scope} does to {@code region}'s target, or why not. */
    static Action action(RegionScope scope, Region region) {
        switch (scope.level()) {
            case NATIONAL -> {
                if (!region.province() || !region.mainland()) {
                    throw new BusinessRuleException("regionCode", "planning.target.provincesOnly", region.name());
                }
                return Action.ASSIGN;
            }
            case PROVINCE -> {
                if (!scope.includes(region.code())) {
                    throw new AccessDeniedException("planning.target.outsideRegion", region.name());
                }
                if (region.countyGroup()) {
                    throw new BusinessRuleException("regionCode", "planning.target.countyGroup", region.name());
                }
                return region.province() ? Action.REFINE : Action.ASSIGN;
            }
            case CITY -> throw new AccessDeniedException("planning.target.cityReads");
            default -> throw new AccessDeniedException("planning.target.notAllowed");
        }
    }

    /** Whether the unit counts something, so that the regions' targets add up to the whole's. */
    static boolean adds(IndicatorUnit unit) {
        return unit == IndicatorUnit.PERSONS || unit == IndicatorUnit.TEN_THOUSAND_PERSONS || unit == IndicatorUnit.ITEMS;
    }

    /**
     * Refuses a number no target of the unit can be: none, negative, a fraction of a person or an item, more than two
     * decimals, over 100 for a rate or a score, or, for a count, more than the whole it is a part of ({@code whole},
     * named {@code wholeName}; none when the whole has no target).
     */
    static void checkValue(IndicatorUnit unit, BigDecimal value, BigDecimal whole, String wholeName) {
        if (value == null) {
            throw new BusinessRuleException("value", "planning.target.valueRequired");
        }
        if (value.signum() < 0) {
            throw new BusinessRuleException("value", "planning.target.negative");
        }
        BigDecimal plain = value.stripTrailingZeros();
        if ((unit == IndicatorUnit.PERSONS || unit == IndicatorUnit.ITEMS) && plain.scale() > 0) {
            throw new BusinessRuleException("value", "planning.target.wholeNumber");
        }
        if (plain.scale() > 2) {
            throw new BusinessRuleException("value", "planning.target.twoDecimals");
        }
        if ((unit == IndicatorUnit.PERCENT || unit == IndicatorUnit.SCORE) && value.compareTo(HUNDRED) > 0) {
            throw new BusinessRuleException("value", "planning.target.overHundred");
        }
        if (value.compareTo(MAX) > 0) {
            throw new BusinessRuleException("value", "planning.target.tooLarge");
        }
        if (adds(unit) && whole != null && value.compareTo(whole) > 0) {
            throw new BusinessRuleException("value", "planning.target.overWhole", value.toPlainString(), wholeName,
                    whole.toPlainString());
        }
    }
}
