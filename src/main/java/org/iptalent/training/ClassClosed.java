package org.iptalent.training;

import java.util.List;

/**
 * A class was closed and every trainee's completion decided; published inside the closing transaction, so a
 * listener that records work (dispatching the satisfaction survey) commits or rolls back with it.
 *
 * @param classId       the class
 * @param baseId        its base
 * @param enrollmentIds the trainees who held a place (completed or not)
 */
public record ClassClosed(long classId, long baseId, List<Long> enrollmentIds) {

    public ClassClosed {
        enrollmentIds = List.copyOf(enrollmentIds);
    }
}
