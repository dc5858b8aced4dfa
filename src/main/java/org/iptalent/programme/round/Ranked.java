package org.iptalent.programme.round;

/** A nomination's place after the review: its mean score (null before any score) and how many reviewers scored. */
public record Ranked(long nominationId, Double mean, int scores, int rank) {
}
