package org.iptalent.analytics.flows;

import java.util.List;

/**
 * One year's talent flows at one level: a row per region the reader may see (moved in from another region of that
 * level, moved out, their difference and the new talents who joined there), the totals of those rows, and the
 * largest lines between two regions with one end among the rows.
 *
 * @param region the province whose cities the rows are (level {@code CITY}); null for the provinces
 */
public record FlowYear(int year, FlowLevel level, String region, List<Row> rows, Row total, List<Line> lines) {

    /** A region's year: net is inflow minus outflow, the new talents apart. */
    public record Row(String region, long inflow, long outflow, long net, long newTalents) {
    }

    /** Talents who moved from one region to another in the year. */
    public record Line(String from, String to, long talents) {
    }
}
