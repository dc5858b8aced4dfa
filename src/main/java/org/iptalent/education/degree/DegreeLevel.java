package org.iptalent.education.degree;

/**
 * A degree programme's level, with its normal length in years: nobody graduates from a programme before its first
 * cohort has studied that long.
 */
public enum DegreeLevel {
    BACHELOR(4), MASTER(3), PROFESSIONAL_MASTER(2), DOCTORATE(3);

    /** The year the IP master's professional degree was created: no such programme started earlier. */
    public static final int PROFESSIONAL_MASTER_CREATED = 2022;

    private final int years;

    DegreeLevel(int years) {
        this.years = years;
    }

    public int years() {
        return years;
    }

    /** The earliest year a programme of this level may have started. */
    public int earliestStart() {
        return this == PROFESSIONAL_MASTER ? PROFESSIONAL_MASTER_CREATED : DegreeRules.EARLIEST_YEAR;
    }
}
