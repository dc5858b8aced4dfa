package org.iptalent.planning.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.iptalent.planning.IndicatorUnit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How the pages write an indicator's numbers: whole persons and items, two decimals of 10,000 persons, one of a score. */
@Component("planFigures")
public class PlanFigures {

    public String format(IndicatorUnit unit, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        int decimals = switch (unit) {
            case PERSONS, ITEMS -> 0;
            case TEN_THOUSAND_PERSONS -> 2;
            case SCORE, PERCENT -> 1;
        };
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals == 0 ? 0 : 1);
        format.setMaximumFractionDigits(decimals);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A percentage of progress, one decimal. */
    public String percent(BigDecimal value) {
        return value == null ? "—" : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The width of a progress bar in a 100-unit SVG, capped at the full bar. */
    public String bar(BigDecimal progress) {
        return widthOf(progress);
    }

    static String widthOf(BigDecimal progress) {
        return progress == null ? "0" : progress.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).toPlainString();
    }
}
