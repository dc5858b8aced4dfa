package org.iptalent.training.base;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * A figure of the platform's own data by which the annual assessment scores bases (classes held, trainees,
 * completion rate, satisfaction, effect scores …). A bean of any part of the training module implements it; the
 * national administrator's scorecard names it by {@link #code()} and says which value earns full marks.
 *
 * <p>Values come in bulk for one year and many bases, never one base at a time. A base with no value in the map
 * has no data for the year: its item scores 0 and the assessment says so, rather than inventing a figure.
 */
public interface BaseMeasure {

    /** A stable code the scorecard stores, e.g. {@code CLASSES_HELD}. */
    String code();

    /** The message key of the measure's name, in the bundles. */
    String labelKey();

    /** The value of each base that has data for {@code year}; bases without data are left out. */
    Map<Long, BigDecimal> values(Collection<Long> baseIds, int year);

    /** A value that usually earns full marks, offered when an item is added (the administrator may change it). */
    default BigDecimal typicalFullMarks() {
        return BigDecimal.valueOf(100);
    }
}
