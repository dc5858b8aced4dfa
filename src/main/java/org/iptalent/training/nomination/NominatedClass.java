package org.iptalent.training.nomination;

import java.time.LocalDate;

/**
 * A nominated class in the list: for the national office the quotas and nominations of every province, for a
 * provincial administrator their own province's.
 */
public record NominatedClass(long id, String title, String regionCode, LocalDate startsOn, LocalDate endsOn,
        String status, int capacity, long quota, long holding, long selected) {
}
