package org.iptalent.planning.plan;

import java.math.BigDecimal;

import org.iptalent.planning.IndicatorUnit;

/** What an indicator is: the fields a national administrator sets, checked by {@link Indicator#change}. */
public record IndicatorSpec(String code, Indicator.Kind kind, String nameZh, String nameEn, IndicatorUnit unit,
        BigDecimal target, int targetYear, Indicator.Direction direction, Indicator.Attribute attribute,
        BigDecimal baseline, Indicator.SourceKind sourceKind, String sourceCode, String noteZh, String noteEn) {
}
