package org.iptalent.planning;

import java.math.BigDecimal;
import java.util.List;

/**
 * The national indicators of the plan that covered a year, with their targets, for a module that reports on the year
 * (the annual statistical report): read only, no region check (national figures).
 */
public interface PlanTargets {

    /**
     * One indicator: its names, the unit it is shown in, its target for its target year and whether it must be at
     * least, at most or about the target, and the source that computes it (null: reported by hand).
     */
    record Target(String planNameZh, String planNameEn, String code, String nameZh, String nameEn, IndicatorUnit unit,
            BigDecimal target, int targetYear, String direction, String sourceCode) {
    }

    /** The indicators of the plan in force or closed whose period holds the year (the latest such plan), in order. */
    List<Target> ofYear(int year);
}
