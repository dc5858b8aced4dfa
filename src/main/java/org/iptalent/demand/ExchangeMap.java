package org.iptalent.demand;

import java.util.List;

/** The exchange pairings as lines between provinces, for a map (analytics' or the pairings page's own). */
public interface ExchangeMap {

    /**
     * The lines of the pairings active in {@code year} (null: every year) that the signed-in user sees (either side in
     * their region), the assisting province first; city and organisation pairings count for their provinces.
     */
    List<ExchangeLine> lines(Integer year);
}
