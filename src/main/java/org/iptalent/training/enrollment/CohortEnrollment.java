package org.iptalent.training.enrollment;

/** What enrolling a cohort did: how many took a place, how many wait, and how many were enrolled already. */
public record CohortEnrollment(int matched, int enrolled, int waitlisted, int alreadyEnrolled)
        implements java.io.Serializable {
}
