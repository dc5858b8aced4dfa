package org.iptalent.training.enrollment;

/** Where an enrollment left a talent: holding a place, or waiting at a position (1 is next). */
public record Placement(long enrollmentId, long classId, long talentId, Enrollment.Status status, long waitingPosition)
        implements java.io.Serializable {
}
