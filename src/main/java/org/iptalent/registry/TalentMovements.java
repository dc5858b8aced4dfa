package org.iptalent.registry;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one way other modules learn how talents join and move: a read of the registry, not events, because
 * imports and bulk loads write hundreds of thousands of rows at once and every path must count alike.
 */
public interface TalentMovements {

    /**
     * Every movement from {@code from} (inclusive) to {@code to} (exclusive) that touches the current user's region (it joined there,
     * left it or entered it), oldest first, streamed to {@code each} with bounded memory.
     */
    void each(Instant from, Instant to, Consumer<TalentMovement> each);

    /**
     * The same movements counted in one statement, for figures over a million talents: per calendar year (China's
     * time) from {@code firstYear} to {@code lastYear}, the talents who joined each city and who moved from one city
     * to another, limited to those that touch the current user's region as {@link #each} is.
     */
    List<TalentFlowCount> counts(int firstYear, int lastYear);

    /**
     * The moves of {@link #counts} alone, without the joins: per calendar year (China's time) from {@code firstYear}
     * to {@code lastYear}, the talents who moved from one city to another, limited to the current user's region as
     * {@link #counts} is. It reads the flows only, never the talents, for a figure that takes its stocks elsewhere.
     */
    List<TalentFlowCount> moves(int firstYear, int lastYear);
}
