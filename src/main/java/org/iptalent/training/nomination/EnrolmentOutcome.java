package org.iptalent.training.nomination;

import java.io.Serializable;

/** What enrolling the selected did: places taken, waiting-list places (the class was full), already enrolled. */
public record EnrolmentOutcome(int enrolled, int waitlisted, int alreadyEnrolled) implements Serializable {
}
