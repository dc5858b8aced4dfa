package org.iptalent.training.base;

import java.math.BigDecimal;
import java.util.List;

/** A year's scorecard as its page shows it; {@code locked} once the year's assessment has run. */
public record ScorecardView(long id, long version, int year, BigDecimal keepFrom, BigDecimal probationFrom,
        List<Item> items, boolean locked) {

    /** An item; {@code reviewers} are named by user name. */
    public record Item(long id, String name, ItemKind kind, int weight, String measureCode, String measureLabelKey,
            BigDecimal fullMarks, List<String> reviewers) {
    }

    public int weightSum() {
        return items.stream().mapToInt(Item::weight).sum();
    }
}
