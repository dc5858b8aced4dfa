package org.iptalent.training.rotation;

import java.io.Serializable;

/**
 * What assigning members to a class did: how many took a place, how many were already enrolled in it, and how many
 * members not yet trained remain (in the city assigned, or the whole campaign).
 */
public record Assignment(int enrolled, int alreadyEnrolled, long remaining) implements Serializable {
}
