package org.iptalent.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.iptalent.shared.RegionScope;

/**
 * A measure a module computes from its own records, which a plan's indicator names by its {@link #code()}: the
 * registry's talents, training's national bases. A module contributes one bean per measure; an indicator whose
 * source no module contributes says "no data source yet", never a number.
 *
 * <p>Values are as of the end of the given day. A source whose records are dated (registered and left, issued,
 * designated, completed) answers for past days too and says so with {@link #dated()}, which lets the history be
 * backfilled from the plan's first year instead of starting at the first monthly snapshot.
 */
public interface IndicatorSource {

    /** A stable code, by module: {@code registry.talents}, {@code training.national-bases}. */
    String code();

    /** What the value counts; an indicator shows it in its own unit of the same kind (persons as 10,000 persons). */
    IndicatorUnit unit();

    /** The value for the whole country ({@link RegionScope#national()}) or one province or city at the end of a day. */
    BigDecimal value(RegionScope region, LocalDate at);

    /**
     * Every province's ({@code level} PROVINCE, keyed {@code 440000}) or every prefecture city's ({@code level} CITY,
     * keyed {@code 440100}) value at the end of a day, in one pass where the source can; a region left out has no
     * value (a measure that means nothing for a city answers an empty map for CITY).
     */
    Map<String, BigDecimal> values(RegionScope.Level level, LocalDate at);

    /** Whether {@link #value} reconstructs a past day from dated records, so history can be backfilled. */
    default boolean dated() {
        return false;
    }
}
