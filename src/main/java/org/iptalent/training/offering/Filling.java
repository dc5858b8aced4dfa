package org.iptalent.training.offering;

/** How a class's places are filled: talents enrol themselves, provinces nominate, or a rotation campaign assigns. */
public enum Filling {
    ENROLLMENT, NOMINATION, ROTATION
}
