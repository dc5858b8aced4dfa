package org.iptalent.training.base;

/** How a scorecard item is scored: from a measure of the platform's data, or by named reviewers. */
public enum ItemKind {
    COMPUTED, REVIEWED
}
