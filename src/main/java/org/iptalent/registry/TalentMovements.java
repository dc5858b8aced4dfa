package org.iptalent.registry;

import java.time.Instant;
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
}
