package org.iptalent.training.base;

import java.math.BigDecimal;
import java.util.Set;

/** A scorecard item as checked and about to be stored: reviewers resolved to account ids. */
record ItemSpec(String name, ItemKind kind, int weight, String measureCode, BigDecimal fullMarks,
        Set<Long> reviewerIds) {
}
