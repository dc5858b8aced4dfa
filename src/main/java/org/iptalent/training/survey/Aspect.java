package org.iptalent.training.survey;

/** What a follow-up item measures of a trainee after the class (Kirkpatrick's third and fourth levels). */
public enum Aspect {
    /** Level 3: what the trainee does differently at work. */
    BEHAVIOUR,
    /** Level 4: what came of it for the employer. */
    RESULTS
}
