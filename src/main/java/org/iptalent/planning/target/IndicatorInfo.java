package org.iptalent.planning.target;

import java.math.BigDecimal;
import java.util.Locale;

import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.reference.Localized;

/** An indicator as the targets' pages and the public figures show it, read inside the service's transaction. */
public record IndicatorInfo(long id, String code, String nameZh, String nameEn, IndicatorUnit unit,
        Indicator.Direction direction, BigDecimal target, int targetYear, Indicator.Kind kind,
        Indicator.SourceKind sourceKind, String sourceCode) {

    public static IndicatorInfo of(Indicator indicator) {
        return new IndicatorInfo(indicator.getId(), indicator.getCode(), indicator.getNameZh(), indicator.getNameEn(),
                indicator.getUnit(), indicator.getDirection(), indicator.getTarget(), indicator.getTargetYear(),
                indicator.getKind(), indicator.getSourceKind(), indicator.getSourceCode());
    }

    public String name(Locale locale) {
        return Localized.isEnglish(locale) ? nameEn : nameZh;
    }

    /** Whether regions' targets of it add up to the whole's (a count), unlike a rate's or a score's. */
    public boolean adds() {
        return TargetRules.adds(unit);
    }

    /**
     * The target a region is measured against when it has none of its own: a rate's or a score's is the plan's, the
     * same everywhere; a count's share is only what was assigned or refined.
     */
    public BigDecimal fallbackTarget() {
        return adds() ? null : target;
    }
}
