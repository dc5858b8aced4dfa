package org.iptalent.education.degree;

/** A programme as lists show it, with its latest recorded year's figures (null when none is recorded). */
public record ProgrammeRow(long id, long universityId, String universityName, String regionCode, String name,
        DegreeLevel level, int firstYear, Integer latestYear, Integer latestIntake, Integer latestGraduates) {
}
