package org.iptalent.education.degree;

/** A new programme as a form or the API gives it. */
public record ProgrammeInput(Long universityId, String name, DegreeLevel level, Integer firstYear) {
}
