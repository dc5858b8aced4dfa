package org.iptalent.programme.round;

import java.time.Instant;

/** A reviewer's score of a nomination (the expert's, given by its account). */
public record ReviewScore(long nominationId, long expertId, int score, String comment, Instant scoredAt) {
}
