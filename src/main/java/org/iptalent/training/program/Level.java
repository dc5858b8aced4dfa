package org.iptalent.training.program;

/** The progressive levels of a program, in the order a trainee climbs them. */
public enum Level {
    FOUNDATION, INTERMEDIATE, ADVANCED;

    /** The level below, which a trainee completes first; none for the foundation. */
    public java.util.Optional<Level> below() {
        return ordinal() == 0 ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() - 1]);
    }
}
