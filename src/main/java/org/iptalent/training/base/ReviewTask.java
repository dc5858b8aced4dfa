package org.iptalent.training.base;

/** A reviewer's review of one item of one base's assessment, pending or given (and still open to change). */
public record ReviewTask(long id, long version, int year, long baseId, String baseName, String regionCode,
        String itemName, Integer score, String comment, boolean pending) {
}
